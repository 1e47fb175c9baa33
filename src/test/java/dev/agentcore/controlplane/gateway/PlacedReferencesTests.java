package dev.agentcore.controlplane.gateway;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.account.Placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacedReferencesTests {

	private static final Placement SECOND = new Placement("210987654321", "eu-west-1");

	@Test
	void aPlacedGatewayAttachingOurEngineByIdIsRefusedNamingTheFieldAndTheFix() {
		assertThatThrownBy(() -> PlacedReferences.check(SECOND, spec(new GatewayMembers.PolicyEngine(null, UUID.randomUUID(),
				GatewayMembers.PolicyEngineMode.ENFORCE))))
			.isInstanceOfSatisfying(ErrorResponseException.class, problem -> {
				assertThat(problem.getStatusCode().value()).isEqualTo(409);
				assertThat(problem.getBody().getProperties()).containsEntry("code", "POLICY_ENGINE_NOT_IN_PLACEMENT");
				assertThat(problem.getBody().getDetail()).contains("policyEngine.policyEngineId", "policyEngine.arn",
						"210987654321", "eu-west-1");
			});
	}

	@Test
	void anEngineByArnOrAGatewayOfOurOwnAccountIsNotRefused() {
		String arn = "arn:aws:bedrock-agentcore:eu-west-1:210987654321:policy-engine/orders-a1b2c3d4e5";
		assertThatCode(() -> PlacedReferences.check(SECOND,
				spec(new GatewayMembers.PolicyEngine(arn, GatewayMembers.PolicyEngineMode.ENFORCE)))).doesNotThrowAnyException();
		assertThatCode(() -> PlacedReferences.check(Placement.OWN, spec(new GatewayMembers.PolicyEngine(null,
				UUID.randomUUID(), GatewayMembers.PolicyEngineMode.ENFORCE)))).doesNotThrowAnyException();
		assertThatCode(() -> PlacedReferences.check(SECOND, spec(null))).doesNotThrowAnyException();
	}

	private static GatewaySpec spec(GatewayMembers.PolicyEngine engine) {
		return new GatewaySpec(null, "arn:aws:iam::210987654321:role/GatewayRole",
				new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null, null), null, null, null, Map.of(), null,
				engine, null);
	}

}
