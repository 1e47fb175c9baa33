package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngine;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngineMode;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayOwnershipTests {

	static final PolicyEngine ENGINE = new PolicyEngine(
			"arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/pe-a1b2c3d4e5", PolicyEngineMode.LOG_ONLY);

	@Test
	void optionalMembersAreOwnedFromTheFirstSpecThatDeclaresThemAndStayOwned() {
		Gateway gateway = Gateway.declare("team", "g", spec(null, null), Placement.OWN, "me");
		assertThat(gateway.spec().ownedMembers()).isEmpty();
		assertThat(gateway.respecify("g", spec(List.of(), ENGINE), "bob")).isTrue();
		assertThat(gateway.spec().ownedMembers()).containsExactly("interceptors", "policyEngine");
		assertThat(gateway.respecify("g", spec(null, null), "bob")).as("leaving them out detaches, it does not disown").isTrue();
		assertThat(gateway.spec().policyEngine()).isNull();
		assertThat(gateway.spec().owns("policyEngine")).isTrue();
		assertThat(gateway.respecify("g", spec(null, null), "bob")).as("the same spec again is no change").isFalse();
		assertThat(gateway.generation()).isEqualTo(3);
	}

	@Test
	void aSpecCannotBeGivenOwnershipFromOutsideOnlyByDeclaring() {
		GatewaySpec spec = new GatewaySpec(null, "arn:aws:iam::123456789012:role/r",
				new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null),
				new GatewaySpec.Protocol(null, null, null, 900, null, null), null, null, Map.of(), null, null, null);
		assertThat(spec.ownedMembers()).containsExactly("protocol.sessionTimeoutSeconds");
		assertThat(GatewayMembers.OPTIONAL).containsAll(spec.ownedMembers());
	}

	private static GatewaySpec spec(List<GatewayMembers.Interceptor> interceptors, PolicyEngine engine) {
		return new GatewaySpec(null, "arn:aws:iam::123456789012:role/r",
				new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null), null, null, null, Map.of(), interceptors,
				engine, null);
	}

}
