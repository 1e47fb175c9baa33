package dev.agentcore.controlplane.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A shape of the AgentCore service model with its constraint traits (length, range, pattern,
 * enum, required, union), checked the way the service checks a request: the first broken
 * constraint is a {@code ValidationException} naming the member's path. Members the model does not
 * have are refused too, so that a member a client forgot to map cannot vanish unnoticed.
 */
abstract class WireShape {

	static final int UNBOUNDED = Integer.MAX_VALUE;

	abstract void check(JsonNode value, String path);

	static WireShape string() {
		return string(0, UNBOUNDED, null);
	}

	static WireShape string(int min, int max, String pattern) {
		Pattern compiled = pattern == null ? null : Pattern.compile(pattern);
		return new WireShape() {
			@Override
			void check(JsonNode value, String path) {
				if (!value.isString()) {
					throw AwsError.validation(path, "Member must be a string");
				}
				String text = value.stringValue();
				length(text.codePointCount(0, text.length()), min, max, path);
				if (compiled != null && !compiled.matcher(text).matches()) {
					throw AwsError.validation(path, "Member must satisfy regular expression pattern: " + pattern);
				}
			}
		};
	}

	static WireShape enumOf(String... values) {
		Set<String> allowed = new TreeSet<>(List.of(values));
		return new WireShape() {
			@Override
			void check(JsonNode value, String path) {
				if (!value.isString() || !allowed.contains(value.stringValue())) {
					throw AwsError.validation(path, "Member must satisfy enum value set: " + allowed);
				}
			}
		};
	}

	static WireShape integer(int min, int max) {
		return new WireShape() {
			@Override
			void check(JsonNode value, String path) {
				if (!value.isIntegralNumber()) {
					throw AwsError.validation(path, "Member must be an integer");
				}
				if (value.asLong() < min) {
					throw AwsError.validation(path, "Member must have value greater than or equal to " + min);
				}
				if (value.asLong() > max) {
					throw AwsError.validation(path, "Member must have value less than or equal to " + max);
				}
			}
		};
	}

	static WireShape bool() {
		return new WireShape() {
			@Override
			void check(JsonNode value, String path) {
				if (!value.isBoolean()) {
					throw AwsError.validation(path, "Member must be a boolean");
				}
			}
		};
	}

	/** Any JSON value (a Smithy document, or a member the simulator stores without looking inside). */
	static WireShape document() {
		return new WireShape() {
			@Override
			void check(JsonNode value, String path) {
			}
		};
	}

	static WireShape list(WireShape member, int min, int max) {
		return new WireShape() {
			@Override
			void check(JsonNode value, String path) {
				if (!value.isArray()) {
					throw AwsError.validation(path, "Member must be a list");
				}
				length(value.size(), min, max, path);
				for (int i = 0; i < value.size(); i++) {
					member.check(present(value.get(i), path + "." + (i + 1)), path + "." + (i + 1));
				}
			}
		};
	}

	static WireShape map(WireShape key, WireShape value, int min, int max) {
		return new WireShape() {
			@Override
			void check(JsonNode node, String path) {
				if (!node.isObject()) {
					throw AwsError.validation(path, "Member must be a map");
				}
				length(node.size(), min, max, path);
				for (String name : node.propertyNames()) {
					key.check(tools.jackson.databind.node.StringNode.valueOf(name), path + ".key");
					value.check(present(node.get(name), path + "." + name), path + "." + name);
				}
			}
		};
	}

	static Struct struct() {
		return new Struct(false);
	}

	/** A union: exactly one of its members is set. */
	static Struct union() {
		return new Struct(true);
	}

	static final class Struct extends WireShape {

		private final boolean union;

		private final Map<String, WireShape> members = new LinkedHashMap<>();

		private final Set<String> required = new TreeSet<>();

		private Struct(boolean union) {
			this.union = union;
		}

		Struct required(String name, WireShape shape) {
			required.add(name);
			return optional(name, shape);
		}

		Struct optional(String name, WireShape shape) {
			members.put(name, shape);
			return this;
		}

		@Override
		void check(JsonNode value, String path) {
			if (!value.isObject()) {
				throw AwsError.validation(path, "Member must be a structure");
			}
			String prefix = path.isEmpty() ? "" : path + ".";
			String chosen = null;
			for (String name : value.propertyNames()) {
				if (!members.containsKey(name)) {
					throw AwsError.validation(prefix + name, "Unknown member: the service model has no member '" + name
							+ "' here; expected one of " + members.keySet());
				}
				JsonNode member = value.get(name);
				if (member.isNull()) {
					continue;
				}
				if (union && chosen != null) {
					throw AwsError.validation(path, "Exactly one of " + members.keySet() + " must be set, found " + chosen
							+ " and " + name);
				}
				chosen = name;
				members.get(name).check(member, prefix + name);
			}
			for (String name : required) {
				if (value.get(name) == null || value.get(name).isNull()) {
					throw AwsError.validation(prefix + name, "Member must not be null");
				}
			}
			if (union && chosen == null) {
				throw AwsError.validation(path, "Exactly one of " + members.keySet() + " must be set");
			}
		}

	}

	private static JsonNode present(JsonNode value, String path) {
		if (value == null || value.isNull()) {
			throw AwsError.validation(path, "Member must not be null");
		}
		return value;
	}

	private static void length(int length, int min, int max, String path) {
		if (length < min) {
			throw AwsError.validation(path, "Member must have length greater than or equal to " + min);
		}
		if (length > max) {
			throw AwsError.validation(path, "Member must have length less than or equal to " + max);
		}
	}

}
