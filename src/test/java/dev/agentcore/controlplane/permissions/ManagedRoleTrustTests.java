package dev.agentcore.controlplane.permissions;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ManagedRoleTrustTests {

	static final String ROLE = "arn:aws:iam::123456789012:role/AgentCoreGateway-Pay";

	static final String OURS = "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/pay-a1b2c3d4e5";

	/** A gateway made in the console as "PAY": AgentCore lower-cases its id, so it matches our name's pattern. */
	static final String LOOKALIKE = "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/pay-z9y8x7w6v5";

	JsonMapper json = JsonMapper.builder().build();

	@Test
	void beforeAwsMadeTheGatewayTheTrustAdmitsTheArnsOfItsName() {
		String trust = json.writeValueAsString(ManagedRoleTrust.document(ROLE, "Pay", null));
		assertThat(json.readTree(trust).at("/Statement/0/Condition/ArnLike/aws:SourceArn").asString())
			.isEqualTo("arn:aws:bedrock-agentcore:*:123456789012:gateway/pay-??????????");
		assertThat(TrustCheck.of(trust, "123456789012", OURS).admits()).isTrue();
	}

	@Test
	void onceAwsMadeTheGatewayTheTrustAdmitsExactlyItsArnAndNoLookalike() {
		String trust = json.writeValueAsString(ManagedRoleTrust.document(ROLE, "Pay", OURS));
		assertThat(json.readTree(trust).at("/Statement/0/Condition/ArnEquals/aws:SourceArn").asString()).isEqualTo(OURS);
		assertThat(json.readTree(trust).at("/Statement/0/Condition").has("ArnLike")).isFalse();
		assertThat(TrustCheck.of(trust, "123456789012", OURS).admits()).isTrue();
		assertThat(TrustCheck.of(trust, "123456789012", LOOKALIKE).admits()).isFalse();
	}

}
