package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Members of JSON 1.1 requests and responses: required strings, string lists, epoch-second timestamps. */
final class JsonMembers {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private JsonMembers() {
	}

	static String required(JsonNode request, String member) {
		String value = text(request, member);
		if (value == null || value.isEmpty()) {
			throw AwsJsonError.of("InvalidParameterException", "1 validation error detected: Value null at '"
					+ Character.toLowerCase(member.charAt(0)) + member.substring(1) + "' failed to satisfy constraint: Member must not be null");
		}
		return value;
	}

	static String text(JsonNode request, String member) {
		JsonNode node = request.get(member);
		return node != null && node.isString() ? node.stringValue() : null;
	}

	static boolean flag(JsonNode request, String member) {
		JsonNode node = request.get(member);
		return node != null && node.isBoolean() && node.booleanValue();
	}

	static Integer integer(JsonNode request, String member) {
		JsonNode node = request.get(member);
		return node != null && node.canConvertToInt() ? node.intValue() : null;
	}

	static List<String> strings(JsonNode request, String member) {
		JsonNode node = request.get(member);
		List<String> values = new ArrayList<>();
		if (node != null && node.isArray()) {
			node.forEach(value -> values.add(value.asString()));
		}
		return values;
	}

	static ArrayNode array(List<String> values) {
		ArrayNode array = NODES.arrayNode();
		values.forEach(array::add);
		return array;
	}

	/** JSON 1.1 timestamps are epoch seconds, with fractions. */
	static void timestamp(ObjectNode node, String member, Instant instant) {
		if (instant != null) {
			node.put(member, instant.toEpochMilli() / 1000.0);
		}
	}

}
