package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import tools.jackson.databind.JsonNode;

/**
 * How the simulated data plane routes a call by its gateway's rules, as the developer guide's "Add rules to a
 * gateway" describes and docs/rules.md assumes where it is silent: rules in ascending priority, the first that
 * matches and routes decides the target (a rule that only overrides a bundle does not); a rule matches when every
 * condition it has matches (any principal of its list, any path of its list); none is a catch-all; a weighted
 * route picks one of its two targets with probability weight / sum of weights.
 */
final class RuleRouting {

	private RuleRouting() {
	}

	/** Where a call goes: the target, and the rule that sent it there. */
	record Route(String ruleId, String target) {
	}

	/**
	 * @param rules the gateway's ACTIVE rules, in ascending priority
	 * @param principal the caller's IAM principal ARN; null for a caller with none (a JWT gateway's)
	 * @param path the call's path, {@code /<target>/<tool>}
	 */
	static Optional<Route> route(List<SimulatedRule> rules, String principal, String path, RandomGenerator random) {
		for (SimulatedRule rule : rules) {
			JsonNode members = rule.members();
			JsonNode route = members.path("actions").valueStream()
				.map(action -> action.path("routeToTarget"))
				.filter(action -> !action.isMissingNode())
				.findFirst()
				.orElse(null);
			if (route != null && matches(members.path("conditions"), principal, path)) {
				return Optional.of(new Route(rule.ruleId(), target(route, random)));
			}
		}
		return Optional.empty();
	}

	static boolean matches(JsonNode conditions, String principal, String path) {
		for (JsonNode condition : conditions) {
			boolean any = condition.has("matchPrincipals")
					? condition.path("matchPrincipals").path("anyOf").valueStream()
						.map(entry -> entry.path("iamPrincipal"))
						.anyMatch(entry -> principal != null && principalMatches(entry.path("arn").asString(),
								entry.path("operator").asString("StringEquals"), principal))
					: condition.path("matchPaths").path("anyOf").valueStream()
						.anyMatch(pattern -> pathMatches(pattern.asString(), path));
			if (!any) {
				return false;
			}
		}
		return true;
	}

	/** IAM's string operators: StringLike's {@code *} is any run of characters, {@code ?} any one; case-sensitive. */
	static boolean principalMatches(String pattern, String operator, String principal) {
		if (!operator.equals("StringLike")) {
			return pattern.equals(principal);
		}
		StringBuilder regex = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			regex.append(c == '*' ? ".*" : c == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
		}
		return principal.matches(regex.toString());
	}

	/** {@code /orders/*} matches {@code /orders/} and everything under it. */
	static boolean pathMatches(String pattern, String path) {
		return path.startsWith(pattern.substring(0, pattern.length() - 1));
	}

	private static String target(JsonNode route, RandomGenerator random) {
		if (route.has("staticRoute")) {
			return route.path("staticRoute").path("targetName").asString();
		}
		List<JsonNode> split = route.path("weightedRoute").path("trafficSplit").valueStream().toList();
		int total = split.stream().mapToInt(entry -> entry.path("weight").asInt()).sum();
		int pick = random.nextInt(total);
		for (JsonNode entry : split) {
			pick -= entry.path("weight").asInt();
			if (pick < 0) {
				return entry.path("targetName").asString();
			}
		}
		throw new IllegalStateException("a weighted route without entries");
	}

}
