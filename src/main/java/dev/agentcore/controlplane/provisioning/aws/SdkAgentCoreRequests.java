package dev.agentcore.controlplane.provisioning.aws;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCoreRequests;
import dev.agentcore.controlplane.provisioning.DesiredGateway;
import dev.agentcore.controlplane.provisioning.DesiredTarget;

/** The SDK's Update requests for both states, compared member by member (SDK requests compare by their fields). */
@Component
class SdkAgentCoreRequests implements AgentCoreRequests {

	private static final String ID = "planned";

	@Override
	public boolean gatewayUpdateDiffers(DesiredGateway before, DesiredGateway after) {
		return !GatewayRequests.update(ID, before).equals(GatewayRequests.update(ID, after));
	}

	@Override
	public boolean targetUpdateDiffers(DesiredTarget before, DesiredTarget after) {
		return !TargetRequests.update(ID, ID, before).equals(TargetRequests.update(ID, ID, after));
	}

}
