package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * IAM's policy evaluation as the policy simulator applies it within one account: an explicit
 * Deny in any policy wins, otherwise any Allow allows, otherwise the request is implicitly
 * denied. Actions match case-insensitively and resources case-sensitively, both with the
 * {@code *} and {@code ?} wildcards; {@code NotAction}, {@code NotResource} and conditions
 * ({@link IamConditions}) are honoured. Resource-based policies (a role's trust policy) also
 * match their {@code Principal}.
 */
final class IamPolicyEvaluator {

	static final String ALLOWED = "allowed";

	static final String EXPLICIT_DENY = "explicitDeny";

	static final String IMPLICIT_DENY = "implicitDeny";

	private IamPolicyEvaluator() {
	}

	/**
	 * A policy taking part in the evaluation.
	 *
	 * @param id its name (SourcePolicyId)
	 * @param type IAM's SourcePolicyType: role, resource, ...
	 * @param document the parsed policy document
	 * @param resourceBased whether statements name a Principal that must match
	 */
	record Source(String id, String type, JsonNode document, boolean resourceBased) {
	}

	/** The decision for one action on one resource, and what it rests on. */
	record Result(String action, String resource, String decision, List<Source> matched, Set<String> missingContext) {
	}

	static Result evaluate(String principal, String action, String resource, List<Source> policies,
			Map<String, List<String>> context) {
		List<Source> allows = new ArrayList<>();
		List<Source> denies = new ArrayList<>();
		Set<String> missing = new TreeSet<>();
		for (Source source : policies) {
			for (JsonNode statement : statements(source.document())) {
				if (!applies(statement, source.resourceBased(), principal, action, resource)) {
					continue;
				}
				if (!IamConditions.hold(statement.get("Condition"), context, missing)) {
					continue;
				}
				("Deny".equals(statement.path("Effect").asString()) ? denies : allows).add(source);
			}
		}
		if (!denies.isEmpty()) {
			return new Result(action, resource, EXPLICIT_DENY, distinct(denies), missing);
		}
		return allows.isEmpty() ? new Result(action, resource, IMPLICIT_DENY, List.of(), missing)
				: new Result(action, resource, ALLOWED, distinct(allows), missing);
	}

	/** The statements of a document: one object or an array of them. */
	static List<JsonNode> statements(JsonNode document) {
		JsonNode statement = document.path("Statement");
		return statement.isArray() ? List.copyOf(statement.values()) : statement.isObject() ? List.of(statement) : List.of();
	}

	private static boolean applies(JsonNode statement, boolean resourceBased, String principal, String action,
			String resource) {
		if (resourceBased && !principalMatches(statement.get("Principal"), principal)) {
			return false;
		}
		boolean actionListed = statement.has("Action") ? anyMatches(statement.get("Action"), action, true)
				: !anyMatches(statement.get("NotAction"), action, true);
		if (!actionListed) {
			return false;
		}
		if (statement.has("Resource")) {
			return anyMatches(statement.get("Resource"), resource, false);
		}
		if (statement.has("NotResource")) {
			return !anyMatches(statement.get("NotResource"), resource, false);
		}
		return resourceBased;
	}

	/** "*", or an AWS principal naming the caller, its account, or any; a Service principal names a service. */
	private static boolean principalMatches(JsonNode principal, String caller) {
		if (principal == null) {
			return false;
		}
		if (principal.isString()) {
			return "*".equals(principal.asString());
		}
		String account = caller.startsWith("arn:") ? caller.split(":", 6)[4] : null;
		for (Map.Entry<String, JsonNode> entry : principal.properties()) {
			for (String value : strings(entry.getValue())) {
				boolean matches = switch (entry.getKey()) {
					case "AWS" -> value.equals("*") || value.equals(caller) || value.equals(account)
							|| (account != null && value.equals("arn:aws:iam::" + account + ":root"));
					case "Service" -> value.equals(caller);
					default -> false;
				};
				if (matches) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean anyMatches(JsonNode patterns, String value, boolean ignoreCase) {
		for (String pattern : strings(patterns)) {
			if (ignoreCase ? wildcard(pattern.toLowerCase(Locale.ROOT), value.toLowerCase(Locale.ROOT))
					: wildcard(pattern, value)) {
				return true;
			}
		}
		return false;
	}

	/** IAM's wildcards: {@code *} any run of characters, {@code ?} any one character. */
	static boolean wildcard(String pattern, String value) {
		int p = 0;
		int v = 0;
		int star = -1;
		int resume = 0;
		while (v < value.length()) {
			if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == value.charAt(v))) {
				p++;
				v++;
			}
			else if (p < pattern.length() && pattern.charAt(p) == '*') {
				star = p++;
				resume = v;
			}
			else if (star >= 0) {
				p = star + 1;
				v = ++resume;
			}
			else {
				return false;
			}
		}
		while (p < pattern.length() && pattern.charAt(p) == '*') {
			p++;
		}
		return p == pattern.length();
	}

	static List<String> strings(JsonNode node) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		if (node.isArray()) {
			return node.valueStream().map(JsonNode::asString).toList();
		}
		return List.of(node.asString());
	}

	private static List<Source> distinct(List<Source> sources) {
		return sources.stream().distinct().toList();
	}

}
