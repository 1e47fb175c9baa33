package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the simulator keeps of CreatePolicy and of an UpdatePolicy PATCH. The model's constraints are
 * checked before these rules, by {@link ModelInputChecks} ({@code ModelConstraintTableIntegrationTests}).
 */
class PolicyInputRulesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String STATEMENT = "permit(principal, action, resource);";

	static final String OTHER = "forbid(principal, action, resource) when { false };";

	static final String TOKEN = "0190f5a2-0000-7000-8000-000000000042-g1";

	@Test
	void aCreateTakesNameStatementTokenAndTheModelsDefaultModes() {
		PolicyInput input = PolicyInputRules.policy(json("""
				{"name": "allow_all", "definition": {"cedar": {"statement": "%s"}}, "clientToken": "%s"}"""
			.formatted(STATEMENT, TOKEN)));
		assertThat(input).isEqualTo(new PolicyInput("allow_all", null, STATEMENT, "FAIL_ON_ANY_FINDINGS", TOKEN, "ACTIVE"));
	}

	@Test
	void aPatchLeavingMembersOutKeepsWhatThePolicyHolds() {
		PolicyInput input = PolicyInputRules.update(json("{}"), current());
		assertThat(input.description()).isEqualTo("kept");
		assertThat(input.statement()).isEqualTo(STATEMENT);
		assertThat(input.enforcementMode()).isEqualTo("LOG_ONLY");
		assertThat(input.name()).isEqualTo("allow_all");
		assertThat(input.clientToken()).isNull();
	}

	@Test
	void aPatchReplacesTheWrappedDescriptionOrClearsItWithAnEmptyWrapper() {
		assertThat(PolicyInputRules.update(json("{\"description\": {\"optionalValue\": \"new\"}}"), current()).description())
			.isEqualTo("new");
		assertThat(PolicyInputRules.update(json("{\"description\": {}}"), current()).description()).isNull();
	}

	@Test
	void aPatchReplacesTheStatementAndTheEnforcementModeItNames() {
		PolicyInput input = PolicyInputRules.update(json("""
				{"definition": {"cedar": {"statement": "%s"}}, "enforcementMode": "ACTIVE"}""".formatted(OTHER)), current());
		assertThat(input.statement()).isEqualTo(OTHER);
		assertThat(input.enforcementMode()).isEqualTo("ACTIVE");
	}

	@Test
	void definitionsOtherThanCedarAreNotModelled() {
		assertThatExceptionOfType(AwsError.class)
			.isThrownBy(() -> PolicyInputRules.policy(json("{\"name\": \"p\", \"definition\": {\"policyGeneration\": {}}}")))
			.satisfies(error -> assertThat(error.type()).isEqualTo("ValidationException"))
			.withMessageContaining("Cedar definitions only");
	}

	private static SimulatedPolicy current() {
		Instant now = Instant.parse("2026-12-07T00:00:00Z");
		return new SimulatedPolicy(1, "engine_a-0123456789", "policy_a-0123456789", "allow_all", "kept", STATEMENT,
				"FAIL_ON_ANY_FINDINGS", "ACTIVE", List.of(), List.of(), now, now, now, TOKEN, null, "LOG_ONLY");
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
