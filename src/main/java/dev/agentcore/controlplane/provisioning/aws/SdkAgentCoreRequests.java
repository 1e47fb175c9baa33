package dev.agentcore.controlplane.provisioning.aws;

import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCoreRequests;
import dev.agentcore.controlplane.provisioning.DesiredGateway;
import dev.agentcore.controlplane.provisioning.DesiredTarget;

/**
 * The SDK's Update requests for both states, compared member by member (SDK requests compare by
 * their fields), with the members the SDK lacks that the control plane sends beside them.
 */
@Component
class SdkAgentCoreRequests implements AgentCoreRequests {

	private static final String ID = "planned";

	@Override
	public boolean gatewayUpdateDiffers(DesiredGateway before, DesiredGateway after) {
		var nothingHeld = JsonNodeFactory.instance.objectNode();
		return !GatewayRequests.update(ID, before, nothingHeld).request()
			.equalsBySdkFields(GatewayRequests.update(ID, after, nothingHeld).request())
				|| !GatewayExtras.newer(before.spec(), before.profile()).equals(GatewayExtras.newer(after.spec(), after.profile()));
	}

	@Override
	public boolean targetUpdateDiffers(DesiredTarget before, DesiredTarget after) {
		var nothingHeld = JsonNodeFactory.instance.objectNode();
		return !TargetRequests.update(ID, ID, before, nothingHeld).request()
			.equalsBySdkFields(TargetRequests.update(ID, ID, after, nothingHeld).request())
				|| !TargetExtras.newer(before).equals(TargetExtras.newer(after));
	}

}
