package dev.agentcore.controlplane.simulator;

import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Reads request members the way AgentCore validates them, answering {@code ValidationException}. */
final class WireFields {

	private WireFields() {
	}

	static String string(JsonNode parent, String field, boolean required, int min, int max, Pattern pattern) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			if (required) {
				throw AwsError.validation(field, "Member must not be null");
			}
			return null;
		}
		if (!node.isString()) {
			throw AwsError.validation(field, "Member must be a string");
		}
		String value = node.stringValue();
		if (value.length() < min || value.length() > max) {
			throw AwsError.validation(field, "Member must have length between " + min + " and " + max);
		}
		if (pattern != null && !pattern.matcher(value).matches()) {
			throw AwsError.validation(field, "Member must satisfy regular expression pattern: " + pattern.pattern());
		}
		return value;
	}

	static String oneOf(JsonNode parent, String field, boolean required, Set<String> values) {
		String value = string(parent, field, required, 0, Integer.MAX_VALUE, null);
		if (value != null && !values.contains(value)) {
			throw AwsError.validation(field, "Member must satisfy enum value set: " + values);
		}
		return value;
	}

	static JsonNode object(JsonNode parent, String field, boolean required) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			if (required) {
				throw AwsError.validation(field, "Member must not be null");
			}
			return null;
		}
		if (!node.isObject()) {
			throw AwsError.validation(field, "Member must be a structure");
		}
		return node;
	}

	static JsonNode array(JsonNode parent, String field, int max) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isArray()) {
			throw AwsError.validation(field, "Member must be a list");
		}
		if (node.size() > max) {
			throw AwsError.validation(field, "Member must have length less than or equal to " + max);
		}
		return node;
	}

	/** A union (tagged structure): exactly one of {@code members} is set; returns its name. */
	static String exactlyOne(JsonNode union, String field, Set<String> members) {
		String chosen = null;
		for (String member : union.propertyNames()) {
			if (union.get(member).isNull()) {
				continue;
			}
			if (!members.contains(member)) {
				throw AwsError.validation(field + "." + member, "Unknown member; expected one of " + members);
			}
			if (chosen != null) {
				throw AwsError.validation(field, "Exactly one of " + members + " must be set, found " + chosen + " and " + member);
			}
			chosen = member;
		}
		if (chosen == null) {
			throw AwsError.validation(field, "Exactly one of " + members + " must be set");
		}
		return chosen;
	}

}
