package dev.agentcore.controlplane.servicemodel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One constraint of one input member: {@code kind} is {@code required}, {@code length},
 * {@code range}, {@code pattern}, {@code enum} or {@code unique}; {@code bound} says which end of
 * a length or range ({@code min}, {@code max}).
 */
public record ConstraintCase(String operation, List<Step> path, String kind, String bound, Constraints constraints,
		Shape shape) {

	/** The member's path as the ValidationException's fieldList names it ({@code a.b.1.c}, {@code tags.key}). */
	public String fieldName() {
		return path.stream().map(Step::fieldName).collect(Collectors.joining("."));
	}

	/** Where the member is: {@code body}, {@code uri} or {@code query}. */
	public String location() {
		return path.get(0).location();
	}

	/** The member's path in the model's words, with {@code []} for a list's item and {@code {}} for a map's. */
	public String memberPath() {
		return path.stream().map(Step::modelName).collect(Collectors.joining("."));
	}

	@Override
	public String toString() {
		return operation + " " + memberPath() + " " + kind + (bound == null ? "" : " " + bound);
	}

	/** A step: a member by name, a list's first item, a map's value under key {@code k}, or that key. */
	public record Step(String name, String type, String location) {

		static Step member(String name, String location) {
			return new Step(name, "member", location);
		}

		static Step item() {
			return new Step("1", "item", "body");
		}

		static Step value() {
			return new Step("k", "value", "body");
		}

		static Step key() {
			return new Step("key", "key", "body");
		}

		String fieldName() {
			return type.equals("value") ? "k" : name;
		}

		String modelName() {
			return switch (type) {
				case "item" -> "[]";
				case "value" -> "{}";
				case "key" -> "{key}";
				default -> name;
			};
		}

	}

}
