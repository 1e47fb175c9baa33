package dev.agentcore.controlplane.executionrole;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.ManagedExecutionRoles;
import dev.agentcore.controlplane.resource.Phase;

/**
 * The managed roles of gateways as the gateway API shows them: ARN (as IAM reported it; a read never asks STS
 * for the account), phase and last error.
 */
@Component
class RolesOfGateways implements ManagedExecutionRoles {

	private final ExecutionRoles roles;

	RolesOfGateways(ExecutionRoles roles) {
		this.roles = roles;
	}

	@Override
	public Map<UUID, View> of(Collection<UUID> gatewayIds) {
		Map<UUID, View> views = new HashMap<>();
		if (gatewayIds.isEmpty()) {
			return views;
		}
		for (ExecutionRole role : roles.findByGatewayIdIn(gatewayIds)) {
			Phase phase = role.deletionRequested() ? Phase.DELETING : role.status().phase();
			views.put(role.gatewayId(), new View(true, role.aws().roleArn(), phase, role.status().lastError()));
		}
		return views;
	}

}
