package dev.agentcore.controlplane.servicemodel;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds, from a valid body, the request that breaks one {@link ConstraintCase}: the members on the
 * way are created where the valid body has none (a union switched to the member on the way), and
 * the last one is removed (required) or given a value just outside the constraint.
 */
public final class ViolatingRequests {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** Characters tried, repeated to a length the constraint allows, for a value the pattern refuses. */
	private static final List<String> OUTSIDE_PATTERNS = List.of("!", "Z", "_", "~", "a", "0", "-", " ", "é");

	private final ServiceModel model;

	public ViolatingRequests(ServiceModel model) {
		this.model = model;
	}

	public ObjectNode body(ObjectNode valid, ConstraintCase violated) {
		ObjectNode root = valid.deepCopy();
		Shape shape = model.shape(model.operation(violated.operation()).input());
		JsonNode node = root;
		List<ConstraintCase.Step> path = violated.path();
		for (int i = 0; i < path.size() - 1; i++) {
			ConstraintCase.Step step = path.get(i);
			Member member = member(shape, step);
			Shape child = model.shape(member.target());
			node = enter(node, shape, step, child);
			shape = child;
		}
		ConstraintCase.Step last = path.get(path.size() - 1);
		if (violated.kind().equals("required")) {
			((ObjectNode) node).remove(last.name());
			return root;
		}
		if (shape.isUnion()) {
			((ObjectNode) node).removeAll();
		}
		JsonNode value = outside(violated);
		switch (last.type()) {
			case "item" -> {
				ArrayNode items = (ArrayNode) node;
				if (items.isEmpty()) {
					items.add(value);
				}
				else {
					items.set(0, value);
				}
			}
			case "key" -> ((ObjectNode) node).set(value.asString(), sample(model.shape(shape.member().target())));
			case "value" -> ((ObjectNode) node).set("k", value);
			default -> ((ObjectNode) node).set(last.name(), value);
		}
		return root;
	}

	/** A URI label's value just outside the constraint (labels are never left out: the path would not match). */
	public String label(ConstraintCase violated) {
		return outside(violated).asString();
	}

	/** The value just outside the constraint (not for {@code required}). */
	public JsonNode value(ConstraintCase violated) {
		return outside(violated);
	}

	private JsonNode enter(JsonNode node, Shape shape, ConstraintCase.Step step, Shape child) {
		switch (step.type()) {
			case "item" -> {
				ArrayNode items = (ArrayNode) node;
				if (items.isEmpty() || !sameKind(items.get(0), child)) {
					items.removeAll();
					items.add(empty(child));
				}
				return items.get(0);
			}
			case "value" -> {
				ObjectNode map = (ObjectNode) node;
				if (!map.has("k") || !sameKind(map.get("k"), child)) {
					map.set("k", empty(child));
				}
				return map.get("k");
			}
			default -> {
				ObjectNode parent = (ObjectNode) node;
				if (shape.isUnion()) {
					parent.propertyNames().stream().filter(name -> !name.equals(step.name())).toList().forEach(parent::remove);
				}
				if (!parent.has(step.name()) || !sameKind(parent.get(step.name()), child)) {
					parent.set(step.name(), empty(child));
				}
				return parent.get(step.name());
			}
		}
	}

	private JsonNode outside(ConstraintCase violated) {
		Constraints constraints = violated.constraints();
		Shape shape = violated.shape();
		return switch (violated.kind()) {
			case "length" -> {
				long length = violated.bound().equals("min") ? constraints.minLength() - 1 : constraints.maxLength() + 1;
				yield sized(shape, (int) length);
			}
			case "range" -> JSON.numberNode(violated.bound().equals("min") ? (long) Math.floor(constraints.min()) - 1
					: (long) Math.ceil(constraints.max()) + 1);
			case "enum" -> JSON.stringNode("NOT_IN_THE_MODEL");
			case "unique" -> {
				ArrayNode twice = JSON.arrayNode();
				JsonNode item = sample(model.shape(shape.member().target()));
				yield twice.add(item).add(item.deepCopy());
			}
			case "pattern" -> JSON.stringNode(outsidePattern(constraints));
			default -> throw new IllegalArgumentException("No value breaks " + violated.kind());
		};
	}

	private JsonNode sized(Shape shape, int length) {
		if (shape.type().equals("list")) {
			ArrayNode items = JSON.arrayNode();
			for (int i = 0; i < length; i++) {
				items.add(sample(model.shape(shape.member().target())));
			}
			return items;
		}
		if (shape.type().equals("map")) {
			ObjectNode entries = JSON.objectNode();
			for (int i = 0; i < length; i++) {
				entries.set("k" + i, sample(model.shape(shape.member().target())));
			}
			return entries;
		}
		return JSON.stringNode("a".repeat(length));
	}

	private static String outsidePattern(Constraints constraints) {
		long min = constraints.minLength() == null ? 1 : Math.max(1, constraints.minLength());
		long max = constraints.maxLength() == null ? Math.max(min, 12) : constraints.maxLength();
		int length = (int) Math.min(Math.max(min, 12), max);
		for (String character : OUTSIDE_PATTERNS) {
			String value = character.repeat(length);
			if (!constraints.allows(value)) {
				return value;
			}
		}
		throw new IllegalStateException("No value of " + length + " characters breaks " + constraints.pattern());
	}

	private JsonNode sample(Shape shape) {
		return switch (shape.type()) {
			case "enum" -> JSON.stringNode(shape.constraints().values().get(0));
			case "string" -> JSON.stringNode("a");
			case "integer", "long" -> JSON.numberNode(shape.constraints().min() == null ? 1L : shape.constraints().min().longValue());
			case "boolean" -> JSON.booleanNode(true);
			default -> empty(shape);
		};
	}

	private static JsonNode empty(Shape shape) {
		return shape.type().equals("list") ? JSON.arrayNode() : JSON.objectNode();
	}

	private static boolean sameKind(JsonNode node, Shape shape) {
		return shape.type().equals("list") ? node.isArray() : node.isObject();
	}

	private static Member member(Shape shape, ConstraintCase.Step step) {
		return switch (step.type()) {
			case "item", "value" -> shape.member();
			case "key" -> shape.key();
			default -> shape.members().get(step.name());
		};
	}

}
