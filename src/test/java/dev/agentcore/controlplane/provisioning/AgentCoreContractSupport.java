package dev.agentcore.controlplane.provisioning;

import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;

/** Out-of-band looks at the simulated account, as an operator with the AWS console would take. */
final class AgentCoreContractSupport {

	private AgentCoreContractSupport() {
	}

	static boolean exists(BedrockAgentCoreControlClient aws, String gatewayId) {
		try {
			aws.getGateway(r -> r.gatewayIdentifier(gatewayId));
			return true;
		}
		catch (ResourceNotFoundException ex) {
			return false;
		}
	}

}
