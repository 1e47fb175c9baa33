package dev.agentcore.controlplane.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * Collects every violation of a request, from Bean Validation and from rules that span fields,
 * and answers them together: one 400 that lists everything to fix.
 */
@Component
public class Violations {

	private final Validator validator;

	Violations(Validator validator) {
		this.validator = validator;
	}

	/** A fresh collector seeded with the Bean Validation violations of {@code request}. */
	public Collector of(Object request) {
		Collector collector = new Collector();
		Set<ConstraintViolation<Object>> violations = validator.validate(request);
		violations.forEach(violation -> collector.add(path(violation), violation.getMessage()));
		return collector;
	}

	/** The JSON path of the violation: {@code toolFilters[0].methods[1]}, without Bean Validation's container markers. */
	private static String path(ConstraintViolation<?> violation) {
		return violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", "");
	}

	public static final class Collector {

		private final List<FieldError> errors = new ArrayList<>();

		public Collector add(String field, String message) {
			errors.add(new FieldError(field, message));
			return this;
		}

		public boolean has(String fieldPrefix) {
			return errors.stream().anyMatch(error -> error.field().startsWith(fieldPrefix));
		}

		public boolean isEmpty() {
			return errors.isEmpty();
		}

		/** Throws {@link InvalidRequest} listing everything collected, if anything was. */
		public void throwIfAny() {
			if (!errors.isEmpty()) {
				errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
				throw InvalidRequest.fields(errors);
			}
		}

	}

}
