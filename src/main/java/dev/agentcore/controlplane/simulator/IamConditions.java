package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * A statement's {@code Condition} block against the request context: every operator and every key
 * must hold, any of a key's values may match. A key missing from the context fails a positive
 * operator (and is reported, as the simulator's MissingContextValues), passes a negated one and
 * any {@code ...IfExists} one. Operators: String(Not)Equals(IgnoreCase), String(Not)Like,
 * Arn(Not)Equals, Arn(Not)Like, Bool and Null, with the ForAnyValue/ForAllValues prefixes read
 * as "any value".
 */
final class IamConditions {

	private IamConditions() {
	}

	static boolean hold(JsonNode condition, Map<String, List<String>> context, Set<String> missing) {
		if (condition == null || condition.isNull()) {
			return true;
		}
		for (Map.Entry<String, JsonNode> operator : condition.properties()) {
			for (Map.Entry<String, JsonNode> key : operator.getValue().properties()) {
				if (!holds(operator.getKey(), key.getKey(), IamPolicyEvaluator.strings(key.getValue()), context, missing)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean holds(String operatorName, String key, List<String> wanted, Map<String, List<String>> context,
			Set<String> missing) {
		String operator = operatorName.contains(":") ? operatorName.substring(operatorName.indexOf(':') + 1) : operatorName;
		boolean ifExists = operator.endsWith("IfExists");
		if (ifExists) {
			operator = operator.substring(0, operator.length() - "IfExists".length());
		}
		List<String> actual = lookup(context, key);
		if (operator.equals("Null")) {
			boolean absent = actual == null;
			return wanted.stream().anyMatch(value -> Boolean.parseBoolean(value) == absent);
		}
		boolean negated = operator.contains("Not");
		if (actual == null) {
			if (!negated && !ifExists) {
				missing.add(key);
			}
			return negated || ifExists;
		}
		String positive = operator.replace("Not", "");
		boolean matched = actual.stream().anyMatch(value -> wanted.stream().anyMatch(want -> matches(positive, want, value)));
		return negated != matched;
	}

	private static boolean matches(String operator, String wanted, String actual) {
		return switch (operator) {
			case "StringEquals" -> wanted.equals(actual);
			case "StringEqualsIgnoreCase" -> wanted.equalsIgnoreCase(actual);
			case "StringLike" -> IamPolicyEvaluator.wildcard(wanted, actual);
			case "ArnEquals" -> wanted.equals(actual);
			case "ArnLike" -> arnLike(wanted, actual);
			case "Bool" -> wanted.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT));
			default -> false;
		};
	}

	/** ArnLike compares the six parts of the ARN one by one, so a wildcard never spans a colon it should not. */
	private static boolean arnLike(String pattern, String arn) {
		String[] patternParts = pattern.split(":", 6);
		String[] arnParts = arn.split(":", 6);
		if (patternParts.length != arnParts.length) {
			return IamPolicyEvaluator.wildcard(pattern, arn);
		}
		for (int i = 0; i < patternParts.length; i++) {
			if (!IamPolicyEvaluator.wildcard(patternParts[i], arnParts[i])) {
				return false;
			}
		}
		return true;
	}

	/** Condition keys are case-insensitive. */
	private static List<String> lookup(Map<String, List<String>> context, String key) {
		for (Map.Entry<String, List<String>> entry : context.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(key)) {
				return entry.getValue();
			}
		}
		return null;
	}

}
