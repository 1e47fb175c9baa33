package dev.agentcore.controlplane.provisioning.aws;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.provisioning.DesiredGateway;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans ask whether UpdateGateway would send something else: the member shim attached to each request is no difference. */
class SdkAgentCoreRequestsTests {

	final SdkAgentCoreRequests requests = new SdkAgentCoreRequests();

	@Test
	void theSameSpecNeedsNoUpdate() {
		assertThat(requests.gatewayUpdateDiffers(desired(spec("d", null)), desired(spec("d", null)))).isFalse();
	}

	@Test
	void aResourcePolicyIsNotPartOfUpdateGatewayButTheDescriptionIs() {
		GatewaySpec withPolicy = spec("d", JsonMapper.builder().build().readTree("{\"Version\": \"2012-10-17\"}"));
		assertThat(requests.gatewayUpdateDiffers(desired(spec("d", null)), desired(withPolicy))).isFalse();
		assertThat(requests.gatewayUpdateDiffers(desired(spec("d", null)), desired(spec("changed", null)))).isTrue();
	}

	private static DesiredGateway desired(GatewaySpec spec) {
		return new DesiredGateway("orders", spec, null);
	}

	private static GatewaySpec spec(String description, tools.jackson.databind.JsonNode policy) {
		return new GatewaySpec(description, "arn:aws:iam::123456789012:role/r",
				new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null), null, null, null, Map.of(), null, null, null,
				null, policy, null);
	}

}
