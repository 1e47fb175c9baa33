package dev.agentcore.controlplane.provisioning.aws;

import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The generic call path's operations come from the service model data, not from hand copies. */
class AgentCoreOperationTests {

	@Test
	void bindingsAreTheModels() {
		AgentCoreOperation update = AgentCoreOperation.of("UpdatePolicy");
		assertThat(update.method()).isEqualTo(SdkHttpMethod.PATCH);
		assertThat(update.uri()).isEqualTo("/policy-engines/{policyEngineId}/policies/{policyId}");
		assertThat(update.successCode()).isEqualTo(202);
		assertThat(update.idempotencyToken()).isNull();
	}

	@Test
	void operationsThePinnedSdkLacksCarryTheirIdempotencyTokenAndQueryMembers() {
		AgentCoreOperation create = AgentCoreOperation.of("CreateGatewayRule");
		assertThat(create.method()).isEqualTo(SdkHttpMethod.POST);
		assertThat(create.uri()).contains("{gatewayIdentifier}");
		assertThat(create.idempotencyToken()).isEqualTo("clientToken");
		assertThat(AgentCoreOperation.of("ListGateways").queryMembers())
			.isEqualTo(Map.of("maxResults", "maxResults", "nextToken", "nextToken"));
		assertThat(AgentCoreOperation.of("PutResourcePolicy").method()).isEqualTo(SdkHttpMethod.PUT);
	}

	@Test
	void anOperationTheDataDoesNotHoldIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> AgentCoreOperation.of("CreateTimeMachine"))
			.withMessageContaining("CreateTimeMachine");
	}

}
