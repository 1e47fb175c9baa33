package dev.agentcore.controlplane.provisioning;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyDocumentEquivalenceTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final JsonNode DECLARED = JSON.readTree("""
			{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["222233334444", "arn:aws:iam::555566667777:role/a"]},
			 "Action": "bedrock-agentcore:InvokeGateway", "Resource": ["*"]}]}""");

	@Test
	void whatIamReformatsIsTheSamePolicy() {
		JsonNode reformatted = JSON.readTree("""
				{"Statement": [{"Resource": "*", "Action": ["bedrock-agentcore:InvokeGateway"], "Effect": "Allow",
				 "Principal": {"AWS": ["arn:aws:iam::555566667777:role/a", "arn:aws:iam::222233334444:root"]}}], "Version": "2012-10-17"}""");
		assertThat(PolicyDocumentEquivalence.same(reformatted, DECLARED)).isTrue();
	}

	@Test
	void anotherPrincipalEffectOrNoPolicyIsADifference() {
		assertThat(PolicyDocumentEquivalence.same(JSON.readTree(DECLARED.toString().replace("222233334444", "999988887777")),
				DECLARED)).isFalse();
		assertThat(PolicyDocumentEquivalence.same(JSON.readTree(DECLARED.toString().replace("Allow", "Deny")), DECLARED)).isFalse();
		assertThat(PolicyDocumentEquivalence.same(null, DECLARED)).isFalse();
		assertThat(PolicyDocumentEquivalence.same(null, null)).isTrue();
	}

	@Test
	void theOrderOfStatementsMatters() {
		JsonNode two = JSON.readTree("""
				{"Version": "2012-10-17", "Statement": [{"Sid": "a", "Effect": "Allow"}, {"Sid": "b", "Effect": "Deny"}]}""");
		JsonNode swapped = JSON.readTree("""
				{"Version": "2012-10-17", "Statement": [{"Sid": "b", "Effect": "Deny"}, {"Sid": "a", "Effect": "Allow"}]}""");
		assertThat(PolicyDocumentEquivalence.same(two, swapped)).isFalse();
	}

}
