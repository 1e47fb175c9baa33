package dev.agentcore.controlplane.servicemodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a shape of the model the way the service checks a request: every
 * broken constraint is one {@link Violation}. Members the model does not have are refused too, so
 * that a member a client forgot to map cannot vanish unnoticed.
 */
public final class ModelValidator {

	private final ServiceModel model;

	private final Set<String> tolerated;

	public ModelValidator(ServiceModel model) {
		this(model, Set.of());
	}

	/**
	 * @param tolerated members no model has that are let through unchecked, as {@code Shape.member}
	 * (each one a known gap between what we send and the model, to be closed)
	 */
	public ModelValidator(ServiceModel model, Set<String> tolerated) {
		this.model = model;
		this.tolerated = Set.copyOf(tolerated);
	}

	/** The body members of {@code operation}'s input (URI, query and header members are checked apart). */
	public List<Violation> body(String operation, JsonNode body) {
		List<Violation> found = new ArrayList<>();
		Shape input = model.shape(model.operation(operation).input());
		if (!body.isObject()) {
			found.add(new Violation("", "type", "The request body must be a JSON object"));
			return found;
		}
		for (String name : body.propertyNames()) {
			Member member = input.members().get(name);
			if (member == null || !member.inBody()) {
				found.add(unknown(name, input));
			}
		}
		for (Member member : input.members().values()) {
			if (member.inBody()) {
				member(member, body.get(member.name()), member.name(), found);
			}
		}
		return found;
	}

	/** One member's value ({@code null} or JSON null when absent), under {@code path}. */
	public List<Violation> member(Member member, JsonNode value, String path) {
		List<Violation> found = new ArrayList<>();
		member(member, value, path, found);
		return found;
	}

	private void member(Member member, JsonNode value, String path, List<Violation> found) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			if (member.required()) {
				found.add(new Violation(path, "required", "Member must not be null"));
			}
			return;
		}
		value(model.shape(member.target()), member.effective(model), value, path, found);
	}

	private void value(Shape shape, Constraints constraints, JsonNode value, String path, List<Violation> found) {
		switch (shape.type()) {
			case "structure", "union" -> structure(shape, value, path, found);
			case "list" -> list(shape, constraints, value, path, found);
			case "map" -> map(shape, constraints, value, path, found);
			case "string", "enum" -> string(constraints, value, path, found);
			case "integer", "long", "intEnum" -> number(constraints, value, value.isIntegralNumber(), "an integer", path, found);
			case "double", "float" -> number(constraints, value, value.isNumber(), "a number", path, found);
			case "boolean" -> expect(value.isBoolean(), "a boolean", path, found);
			case "timestamp" -> expect(value.isNumber() || value.isString(), "a timestamp", path, found);
			case "blob" -> expect(value.isString(), "a base64 string", path, found);
			default -> {
				// document: any JSON value
			}
		}
	}

	private void structure(Shape shape, JsonNode value, String path, List<Violation> found) {
		if (!expect(value.isObject(), "a structure", path, found)) {
			return;
		}
		String prefix = path.isEmpty() ? "" : path + ".";
		List<String> set = new ArrayList<>();
		for (String name : value.propertyNames()) {
			if (!shape.members().containsKey(name)) {
				if (!tolerated.contains(shape.name() + "." + name)) {
					found.add(unknown(prefix + name, shape));
				}
			}
			else if (!value.get(name).isNull()) {
				set.add(name);
			}
		}
		for (Member member : shape.members().values()) {
			member(member, value.get(member.name()), prefix + member.name(), found);
		}
		if (shape.isUnion() && set.size() != 1) {
			found.add(new Violation(path, "union", "Exactly one of " + shape.members().keySet() + " must be set"
					+ (set.isEmpty() ? "" : ", found " + set)));
		}
	}

	private void list(Shape shape, Constraints constraints, JsonNode value, String path, List<Violation> found) {
		if (!expect(value.isArray(), "a list", path, found)) {
			return;
		}
		length(value.size(), constraints, path, found);
		Set<JsonNode> seen = new HashSet<>();
		for (int i = 0; i < value.size(); i++) {
			JsonNode item = value.get(i);
			if (constraints.uniqueItems() && !seen.add(item)) {
				found.add(new Violation(path, "unique", "Member must have unique items"));
			}
			String itemPath = path + "." + (i + 1);
			if (item.isNull()) {
				found.add(new Violation(itemPath, "required", "Member must not be null"));
				continue;
			}
			value(model.shape(shape.member().target()), shape.member().effective(model), item, itemPath, found);
		}
	}

	private void map(Shape shape, Constraints constraints, JsonNode value, String path, List<Violation> found) {
		if (!expect(value.isObject(), "a map", path, found)) {
			return;
		}
		length(value.size(), constraints, path, found);
		for (String key : value.propertyNames()) {
			string(shape.key().effective(model), tools.jackson.databind.node.StringNode.valueOf(key), path + ".key", found);
			JsonNode item = value.get(key);
			if (item.isNull()) {
				found.add(new Violation(path + "." + key, "required", "Member must not be null"));
				continue;
			}
			value(model.shape(shape.member().target()), shape.member().effective(model), item, path + "." + key, found);
		}
	}

	private static void string(Constraints constraints, JsonNode value, String path, List<Violation> found) {
		if (!expect(value.isString(), "a string", path, found)) {
			return;
		}
		String text = value.stringValue();
		length(text.codePointCount(0, text.length()), constraints, path, found);
		if (!constraints.allows(text)) {
			found.add(new Violation(path, "pattern", "Member must satisfy regular expression pattern: " + constraints.pattern()));
		}
		if (constraints.values() != null && !constraints.values().contains(text)) {
			found.add(new Violation(path, "enum", "Member must satisfy enum value set: " + new TreeSet<>(constraints.values())));
		}
	}

	private static void number(Constraints constraints, JsonNode value, boolean ok, String what, String path,
			List<Violation> found) {
		if (!expect(ok, what, path, found)) {
			return;
		}
		double number = value.asDouble();
		if (constraints.min() != null && number < constraints.min()) {
			found.add(new Violation(path, "range", "Member must have value greater than or equal to " + whole(constraints.min())));
		}
		if (constraints.max() != null && number > constraints.max()) {
			found.add(new Violation(path, "range", "Member must have value less than or equal to " + whole(constraints.max())));
		}
	}

	private static void length(long length, Constraints constraints, String path, List<Violation> found) {
		if (constraints.minLength() != null && length < constraints.minLength()) {
			found.add(new Violation(path, "length", "Member must have length greater than or equal to " + constraints.minLength()));
		}
		if (constraints.maxLength() != null && length > constraints.maxLength()) {
			found.add(new Violation(path, "length", "Member must have length less than or equal to " + constraints.maxLength()));
		}
	}

	private static boolean expect(boolean ok, String what, String path, List<Violation> found) {
		if (!ok) {
			found.add(new Violation(path, "type", "Member must be " + what));
		}
		return ok;
	}

	private static Violation unknown(String path, Shape shape) {
		String name = path.substring(path.lastIndexOf('.') + 1);
		return new Violation(path, "unknown", "Unknown member: the service model has no member '" + name
				+ "' here; expected one of " + shape.members().keySet());
	}

	private static String whole(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

}
