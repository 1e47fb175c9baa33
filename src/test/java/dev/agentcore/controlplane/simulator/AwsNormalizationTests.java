package dev.agentcore.controlplane.simulator;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.servicemodel.AwsAnswers;

import static org.assertj.core.api.Assertions.assertThat;

class AwsNormalizationTests {

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aStatementIsReformattedInWhitespaceOnly() {
		String statement = "permit(principal, action, resource is AgentCore::Gateway) when { context.a == \"x, (y)\" };";
		String reformatted = AwsNormalization.reformatted(statement);
		assertThat(reformatted).isNotEqualTo(statement).contains("\n").contains("\"x, (y)\"");
		assertThat(reformatted.replaceAll("\\s", "")).isEqualTo(statement.replaceAll("\\s", ""));
		assertThat(AwsAnswers.sameStatement(reformatted, statement)).isTrue();
	}

	@Test
	void aPolicyAnswerHasItsDefaultsFilledAndItsStatementReformatted() {
		JsonNode policy = json.readTree("""
				{"policyId": "p-abcdefghij", "name": "p", "policyEngineId": "e-abcdefghij", "createdAt": 1, "updatedAt": 1,
				 "policyArn": "arn", "status": "ACTIVE", "statusReasons": [],
				 "definition": {"cedar": {"statement": "permit(principal, action, resource);"}}}""");
		JsonNode answer = AwsNormalization.answer("GetPolicy", policy);
		assertThat(answer.get("enforcementMode").asString()).isEqualTo("ACTIVE");
		assertThat(answer.at("/definition/cedar/statement").asString()).contains("\n");
		assertThat(policy.has("enforcementMode")).as("the stored answer is not touched").isFalse();
	}

	@Test
	void aTargetAnswerHasItsStringListsReorderedAndItsSecretsMasked() {
		JsonNode target = json.readTree("""
				{"credentialProviderConfigurations": [{"credentialProviderType": "OAUTH", "credentialProvider": {"oauthCredentialProvider":
				 {"providerArn": "arn", "scopes": ["a", "b"], "customParameters": {"audience": "secret"}}}}], "description": "d"}""");
		JsonNode answer = AwsNormalization.answer("GetGatewayTarget", target);
		JsonNode oauth = answer.at("/credentialProviderConfigurations/0/credentialProvider/oauthCredentialProvider");
		assertThat(oauth.get("scopes").toString()).isEqualTo("[\"b\",\"a\"]");
		assertThat(oauth.at("/customParameters/audience").asString()).isEqualTo(AwsAnswers.MASK);
		assertThat(oauth.get("grantType").asString()).as("the model's default").isEqualTo("CLIENT_CREDENTIALS");
		assertThat(answer.get("description").asString()).as("sensitive in the model, but not a secret").isEqualTo("d");
	}

}
