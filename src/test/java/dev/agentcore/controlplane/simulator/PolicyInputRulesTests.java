package dev.agentcore.controlplane.simulator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The simulator's CreatePolicyEngine / CreatePolicy / UpdatePolicy validation, as AgentCore's reference states it. */
class PolicyInputRulesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String STATEMENT = "permit(principal, action, resource);";

	static final String TOKEN = "0190f5a2-0000-7000-8000-000000000042-g1";

	@Test
	void engineNameStartsWithALetterAndHasAtMost48Characters() {
		assertThat(PolicyInputRules.engineName(json("{\"name\": \"orders_guard\"}"))).isEqualTo("orders_guard");
		refused(() -> PolicyInputRules.engineName(json("{\"name\": \"1guard\"}")), "name", "regular expression");
		refused(() -> PolicyInputRules.engineName(json("{\"name\": \"orders-guard\"}")), "name", "regular expression");
		refused(() -> PolicyInputRules.engineName(json("{\"name\": \"a" + "b".repeat(48) + "\"}")), "name", "length between 1 and 48");
		refused(() -> PolicyInputRules.engineName(json("{}")), "name", "must not be null");
	}

	@Test
	void clientTokenIsOptionalButAtLeast33Characters() {
		assertThat(PolicyInputRules.clientToken(json("{}"))).isNull();
		assertThat(PolicyInputRules.clientToken(json("{\"clientToken\": \"" + TOKEN + "\"}"))).isEqualTo(TOKEN);
		refused(() -> PolicyInputRules.clientToken(json("{\"clientToken\": \"short\"}")), "clientToken", "length between 33");
	}

	@Test
	void createdPolicyTakesNameStatementDefaultModeAndToken() {
		PolicyInput input = PolicyInputRules.policy(json("""
				{"name": "allow_all", "definition": {"cedar": {"statement": "%s"}}, "clientToken": "%s"}"""
			.formatted(STATEMENT, TOKEN)), null);
		assertThat(input).isEqualTo(new PolicyInput("allow_all", null, STATEMENT, "FAIL_ON_ANY_FINDINGS", TOKEN));
	}

	@Test
	void updatedPolicyKeepsItsNameAndTakesNoToken() {
		PolicyInput input = PolicyInputRules.policy(json("""
				{"name": "ignored", "definition": {"cedar": {"statement": "%s"}}, "validationMode": "IGNORE_ALL_FINDINGS",
				 "clientToken": "%s"}""".formatted(STATEMENT, TOKEN)), "allow_all");
		assertThat(input.name()).isEqualTo("allow_all");
		assertThat(input.clientToken()).isNull();
		assertThat(input.validationMode()).isEqualTo("IGNORE_ALL_FINDINGS");
	}

	@Test
	void definitionIsAUnionOfCedarOnly() {
		refused(() -> PolicyInputRules.policy(json("{\"name\": \"p\"}"), null), "definition", "must not be null");
		refused(() -> PolicyInputRules.policy(json("{\"name\": \"p\", \"definition\": {}}"), null), "definition",
				"Exactly one of [cedar]");
		refused(() -> PolicyInputRules.policy(json("{\"name\": \"p\", \"definition\": {\"rego\": {}}}"), null), "definition.rego",
				"Unknown member");
	}

	@Test
	void statementHasAtLeast35CharactersAndModeIsKnown() {
		refused(() -> PolicyInputRules.policy(json("{\"name\": \"p\", \"definition\": {\"cedar\": {\"statement\": \"permit(a,b,c);\"}}}"),
				null), "statement", "length between 35 and 10000");
		refused(() -> PolicyInputRules.policy(json("""
				{"name": "p", "definition": {"cedar": {"statement": "%s"}}, "validationMode": "STRICT"}""".formatted(STATEMENT)),
				null), "validationMode", "enum value set");
	}

	private static JsonNode json(String text) {
		return JSON.readTree(text);
	}

	private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String constraint) {
		assertThatExceptionOfType(AwsError.class).isThrownBy(call)
			.satisfies(error -> assertThat(error.type()).isEqualTo("ValidationException"))
			.withMessageContaining("Value at '" + field + "'")
			.withMessageContaining(constraint);
	}

}
