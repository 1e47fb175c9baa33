package dev.agentcore.controlplane.servicemodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a value against the constraints of its {@link ModelMember}, naming each one it breaks. */
public class ModelMemberValidator implements ConstraintValidator<ModelMember, Object> {

	private Constraints constraints;

	private String hint;

	private boolean pattern;

	@Override
	public void initialize(ModelMember annotation) {
		ServiceModel model = ServiceModel.agentCore();
		this.constraints = model.member(annotation.value()).effective(model);
		this.hint = annotation.hint();
		this.pattern = annotation.pattern();
	}

	@Override
	public boolean isValid(Object value, ConstraintValidatorContext context) {
		List<String> problems = problems(value);
		if (problems.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(escaped(problems.get(0))).addConstraintViolation();
		return false;
	}

	/** What {@code value} breaks, in words, first first (one is reported: one message per field); empty when none. */
	public List<String> problems(Object value) {
		List<String> problems = new ArrayList<>();
		if (value instanceof CharSequence text) {
			String string = text.toString();
			length(string.codePointCount(0, string.length()), "characters", problems);
			if (pattern && !constraints.allowsWhole(string)) {
				problems.add("must " + (hint.isEmpty() ? "" : "be " + hint + " and ") + "match " + constraints.anchoredPattern());
			}
			if (constraints.values() != null && !constraints.values().contains(string)) {
				problems.add("must be one of " + constraints.values());
			}
		}
		else if (value instanceof Number number) {
			if (constraints.min() != null && number.doubleValue() < constraints.min()) {
				problems.add("must be at least " + constraints.min().longValue());
			}
			if (constraints.max() != null && number.doubleValue() > constraints.max()) {
				problems.add("must be at most " + constraints.max().longValue());
			}
		}
		else if (value instanceof Collection<?> items) {
			length(items.size(), "items", problems);
			if (constraints.uniqueItems() && items.stream().distinct().count() < items.size()) {
				problems.add("must not repeat an item");
			}
		}
		else if (value instanceof Map<?, ?> entries) {
			length(entries.size(), "entries", problems);
		}
		else if (value instanceof Enum<?> constant && constraints.values() != null
				&& !constraints.values().contains(constant.name())) {
			problems.add("must be one of " + constraints.values());
		}
		return problems;
	}

	private void length(long length, String unit, List<String> problems) {
		if (constraints.minLength() != null && length < constraints.minLength()) {
			problems.add("must have at least " + constraints.minLength() + " " + unit);
		}
		if (constraints.maxLength() != null && length > constraints.maxLength()) {
			problems.add("must have at most " + constraints.maxLength() + " " + unit);
		}
	}

	/** Bean Validation reads {@code {...}} and {@code $} in a message as expressions. */
	private static String escaped(String message) {
		return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
	}

}
