package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated data plane's rule resolution, without a Spring context. */
class RuleRoutingTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String AGENT = "arn:aws:sts::123456789012:assumed-role/agents-orders/session";

	private final Random random = new Random(7);

	@Test
	void theFirstMatchingRuleInPriorityOrderRoutes() {
		List<SimulatedRule> rules = List.of(
				rule("p100", 100, "[{\"matchPaths\": {\"anyOf\": [\"/billing/*\"]}}]", route("billing-v2")),
				rule("p200", 200, "[{\"matchPrincipals\": {\"anyOf\": [{\"iamPrincipal\": {\"arn\": "
						+ "\"arn:aws:sts::123456789012:assumed-role/agents-*\", \"operator\": \"StringLike\"}}]}}]", route("orders-v2")),
				rule("catch-all", 1_000_000, null, route("orders-v1")));
		assertThat(RuleRouting.route(rules, AGENT, "/orders/list", random)).contains(new RuleRouting.Route("p200", "orders-v2"));
		assertThat(RuleRouting.route(rules, AGENT, "/billing/pay", random)).contains(new RuleRouting.Route("p100", "billing-v2"));
		assertThat(RuleRouting.route(rules, "arn:aws:iam::123456789012:role/humans", "/orders/list", random))
			.contains(new RuleRouting.Route("catch-all", "orders-v1"));
		assertThat(RuleRouting.route(rules, null, "/orders/list", random)).contains(new RuleRouting.Route("catch-all", "orders-v1"));
		assertThat(RuleRouting.route(rules.subList(0, 2), null, "/orders/list", random)).isEmpty();
	}

	@Test
	void everyConditionOfARuleMustMatch() {
		String both = "[{\"matchPrincipals\": {\"anyOf\": [{\"iamPrincipal\": {\"arn\": \"" + AGENT + "\"}}]}},"
				+ " {\"matchPaths\": {\"anyOf\": [\"/orders/*\", \"/stock/*\"]}}]";
		List<SimulatedRule> rules = List.of(rule("both", 1, both, route("orders-v2")));
		assertThat(RuleRouting.route(rules, AGENT, "/stock/count", random)).isPresent();
		assertThat(RuleRouting.route(rules, AGENT, "/billing/pay", random)).isEmpty();
		assertThat(RuleRouting.route(rules, AGENT + "x", "/orders/list", random)).as("StringEquals is exact").isEmpty();
	}

	@Test
	void aRuleThatOnlyOverridesABundleDoesNotRoute() {
		String bundle = "[{\"configurationBundle\": {\"staticOverride\": {\"bundleArn\": \"arn\", \"bundleVersion\": \"v\"}}}]";
		List<SimulatedRule> rules = List.of(rule("bundle", 1, null, bundle), rule("route", 2, null, route("orders-v1")));
		assertThat(RuleRouting.route(rules, null, "/orders/list", random)).contains(new RuleRouting.Route("route", "orders-v1"));
	}

	@Test
	void aWeightedRouteSplitsByItsWeights() {
		String split = "[{\"routeToTarget\": {\"weightedRoute\": {\"trafficSplit\": [{\"name\": \"a\", \"weight\": 90, "
				+ "\"targetName\": \"orders-v1\"}, {\"name\": \"b\", \"weight\": 10, \"targetName\": \"orders-v2\"}]}}}]";
		List<SimulatedRule> rules = List.of(rule("canary", 1, null, split));
		long v1 = 0;
		for (int i = 0; i < 1000; i++) {
			v1 += RuleRouting.route(rules, null, "/orders/list", random).orElseThrow().target().equals("orders-v1") ? 1 : 0;
		}
		assertThat(v1).isBetween(870L, 930L);
	}

	@Test
	void stringLikeWildcardsAreIamsAndPathsAreSegments() {
		assertThat(RuleRouting.principalMatches("arn:aws:iam::*:role/agent-?", "StringLike", "arn:aws:iam::1:role/agent-7")).isTrue();
		assertThat(RuleRouting.principalMatches("arn:aws:iam::*:role/agent-?", "StringLike", "arn:aws:iam::1:role/agent-77")).isFalse();
		assertThat(RuleRouting.principalMatches("arn:aws:iam::1:role/a.b", "StringLike", "arn:aws:iam::1:role/aXb")).isFalse();
		assertThat(RuleRouting.pathMatches("/orders/*", "/orders/list")).isTrue();
		assertThat(RuleRouting.pathMatches("/orders/*", "/ordersx/list")).isFalse();
	}

	private static String route(String target) {
		return "[{\"routeToTarget\": {\"staticRoute\": {\"targetName\": \"" + target + "\"}}}]";
	}

	private static SimulatedRule rule(String id, int priority, String conditions, String actions) {
		ObjectNode members = JSON.createObjectNode().put("priority", priority);
		if (conditions != null) {
			members.set("conditions", JSON.readTree(conditions));
		}
		members.set("actions", JSON.readTree(actions));
		return new SimulatedRule(priority, "gw-abcdefghij", id, members, "ACTIVE", Instant.now(), Instant.now(), null, null,
				null);
	}

}
