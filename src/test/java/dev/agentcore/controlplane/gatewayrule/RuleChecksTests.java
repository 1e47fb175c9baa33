package dev.agentcore.controlplane.gatewayrule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.gatewayrule.RuleSpec.Bundle;
import dev.agentcore.controlplane.gatewayrule.RuleSpec.Conditions;
import dev.agentcore.controlplane.gatewayrule.RuleSpec.Principal;
import dev.agentcore.controlplane.gatewayrule.RuleSpec.Route;
import dev.agentcore.controlplane.gatewayrule.RuleSpec.Split;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems;
import dev.agentcore.controlplane.web.Violations;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule's members against AgentCore's model, and the rules across them, without a Spring context. */
class RuleChecksTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	private static final Route CANARY = new Route(null, List.of(new Split("orders-v1", 90), new Split("orders-v2", 10)));

	@Test
	void aWeightedRuleWithConditionsIsValid() {
		assertThat(problems(new RuleSpec(100, "canary", new Conditions(
				List.of(new Principal("arn:aws:iam::123456789012:role/agents-*", "StringLike")), List.of("/orders/*")),
				CANARY, null))).isEmpty();
		assertThat(problems(new RuleSpec(1_000_000, null, null, new Route("orders-v1", null), null))).isEmpty();
	}

	@Test
	void thePriorityIsOneToAMillion() {
		assertThat(problems(rule(0))).containsOnlyKeys("priority");
		assertThat(problems(rule(1_000_001))).containsOnlyKeys("priority");
		assertThat(problems(new RuleSpec(null, null, null, new Route("a", null), null))).containsOnlyKeys("priority");
	}

	@Test
	void theDescriptionIsOneTo256Characters() {
		assertThat(problems(new RuleSpec(1, "", null, new Route("a", null), null))).containsOnlyKeys("description");
		assertThat(problems(new RuleSpec(1, "x".repeat(257), null, new Route("a", null), null))).containsOnlyKeys("description");
	}

	@Test
	void principalsAreOneToAHundredAndPathsOneToTen() {
		Principal principal = new Principal("arn:aws:iam::123456789012:role/agents", null);
		assertThat(problems(conditions(new Conditions(List.of(), null)))).containsOnlyKeys("conditions.principals");
		assertThat(problems(conditions(new Conditions(Collections.nCopies(101, principal), null))))
			.containsOnlyKeys("conditions.principals");
		assertThat(problems(conditions(new Conditions(Collections.nCopies(100, principal), null)))).isEmpty();
		assertThat(problems(conditions(new Conditions(null, List.of())))).containsOnlyKeys("conditions.paths");
		assertThat(problems(conditions(new Conditions(null, Collections.nCopies(11, "/orders/*")))))
			.containsOnlyKeys("conditions.paths");
	}

	@Test
	void principalsArePrincipalArnsWithTheModelsOperatorsAndPathsArePatterns() {
		assertThat(problems(conditions(new Conditions(List.of(new Principal("arn:aws:s3:::bucket", null)), null))))
			.containsOnlyKeys("conditions.principals[0].arn");
		assertThat(problems(conditions(new Conditions(
				List.of(new Principal("arn:aws:iam::123456789012:role/a", "StringMatches")), null))))
			.containsOnlyKeys("conditions.principals[0].operator");
		assertThat(problems(conditions(new Conditions(null, List.of("/orders/list"))))).containsOnlyKeys("conditions.paths[0]");
		assertThat(problems(conditions(new Conditions(null, null)))).containsOnlyKeys("conditions");
	}

	@Test
	void aSplitIsTwoTargetsWeightedOneTo99AddingUpTo100() {
		assertThat(problems(route(new Route(null, List.of(new Split("a", 50), new Split("b", 30), new Split("c", 20))))))
			.containsOnlyKeys("route.split");
		assertThat(problems(route(new Route(null, List.of(new Split("a", 100)))))).containsKey("route.split");
		assertThat(problems(route(new Route(null, List.of(new Split("a", 0), new Split("b", 100))))))
			.containsOnlyKeys("route.split[0].weight", "route.split[1].weight");
		Map<String, List<String>> sum = problems(route(new Route(null, List.of(new Split("a", 90), new Split("b", 20)))));
		assertThat(sum).containsOnlyKeys("route.split");
		assertThat(sum.get("route.split").get(0)).contains("add up to 100").contains("110");
		assertThat(problems(route(new Route(null, List.of(new Split("a", 50), new Split("a", 50))))))
			.containsOnlyKeys("route.split");
	}

	@Test
	void aRuleRoutesOrAppliesABundleAndARouteIsOneOfTargetOrSplit() {
		assertThat(problems(new RuleSpec(1, null, null, null, null))).containsOnlyKeys("route");
		assertThat(problems(new RuleSpec(1, null, null, null,
				new Bundle("arn:aws:bedrock-agentcore:us-east-1:123456789012:configuration-bundle/b-abcdefghij",
						"0f0e0d0c-0b0a-4909-8808-070605040302")))).isEmpty();
		assertThat(problems(route(new Route(null, null)))).containsOnlyKeys("route");
		assertThat(problems(route(new Route("a", CANARY.split())))).containsOnlyKeys("route");
		assertThat(problems(new RuleSpec(1, null, null, null, new Bundle("not-an-arn", "v1"))))
			.containsOnlyKeys("configurationBundle.arn", "configurationBundle.version");
	}

	@Test
	void unknownTargetsAreTheNamedOnesTheGatewayLacks() {
		assertThat(RuleChecks.unknown(List.of("a", "b", "b"), List.of("a"))).containsExactly("b");
		assertThat(RuleChecks.unknown(List.of("a"), List.of("a", "c"))).isEmpty();
	}

	private static RuleSpec rule(int priority) {
		return new RuleSpec(priority, null, null, new Route("orders", null), null);
	}

	private static RuleSpec conditions(Conditions conditions) {
		return new RuleSpec(1, null, conditions, new Route("orders", null), null);
	}

	private static RuleSpec route(Route route) {
		return new RuleSpec(1, null, null, route, null);
	}

	/** The fields named by the 400 the API would answer, with their messages. */
	private static Map<String, List<String>> problems(RuleSpec spec) {
		Violations.Collector found = new Violations.Collector();
		VALIDATOR.validate(spec).forEach(violation -> found.add(
				violation.getPropertyPath().toString().replaceAll("\\.?<[^>]+>", ""), violation.getMessage()));
		Map<String, List<String>> fields = new TreeMap<>();
		try {
			RuleChecks.check(spec, found).throwIfAny();
		}
		catch (InvalidRequest ex) {
			@SuppressWarnings("unchecked")
			List<Problems.FieldError> errors = (List<Problems.FieldError>) ex.getBody().getProperties().get("errors");
			errors.forEach(error -> fields.computeIfAbsent(error.field(), key -> new ArrayList<>()).add(error.message()));
		}
		return fields;
	}

}
