package dev.agentcore.controlplane.provisioning;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.executionrole.ExecutionRole;
import dev.agentcore.controlplane.executionrole.ExecutionRoleManagement;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * The order between a gateway with a managed execution role and that role: the gateway waits
 * until IAM holds the role, a target waits until the role holds the policies of the current
 * generation (its own permissions included), and the role goes after the gateway.
 */
@Component
class RoleGate {

	private final ExecutionRoleManagement roles;

	private final ProvisioningQueue queue;

	RoleGate(ExecutionRoleManagement roles, ProvisioningQueue queue) {
		this.roles = roles;
		this.queue = queue;
	}

	/** What the gateway waits for; null when nothing. */
	String beforeGateway(Gateway gateway) {
		if (!gateway.spec().managedRole()) {
			return null;
		}
		Optional<ExecutionRole> role = roles.forGateway(gateway.id());
		if (role.isEmpty() || role.get().aws().roleArn() == null || role.get().status().observedGeneration() == 0) {
			return "Waiting for the managed execution role " + role.map(ExecutionRole::name).orElse("")
					+ " to be created in IAM" + trouble(role) + ".";
		}
		return null;
	}

	/** Why the role is not there yet, when its own reconcile failed: the gateway's status says so, not only the role's. */
	private static String trouble(Optional<ExecutionRole> role) {
		return role.filter(found -> found.status().phase() == Phase.FAILED && found.status().lastError() != null)
			.map(found -> " (the role FAILED: " + found.status().lastError().code() + ": "
					+ found.status().lastError().message() + ")")
			.orElse("");
	}

	/** What a target of the gateway waits for; null when nothing. */
	String beforeTarget(Gateway gateway) {
		if (!gateway.spec().managedRole()) {
			return null;
		}
		Optional<ExecutionRole> role = roles.forGateway(gateway.id());
		if (role.isEmpty() || !role.get().holdsCurrentPolicies()) {
			return "Waiting for the managed execution role " + role.map(ExecutionRole::name).orElse("")
					+ " to hold this target's permissions" + trouble(role) + ".";
		}
		return null;
	}

	/** The spec AgentCore gets: a managed role's ARN in place of the declared one. */
	GatewaySpec applied(Gateway gateway) {
		if (!gateway.spec().managedRole()) {
			return gateway.spec();
		}
		return gateway.spec().withRoleArn(roles.forGateway(gateway.id()).map(role -> role.aws().roleArn()).orElse(null));
	}

	/** The gateway is gone: its managed role may go now. */
	void gatewayDeleted(Gateway gateway) {
		roles.forGateway(gateway.id()).ifPresent(role -> queue.wake(ResourceType.EXECUTION_ROLE, role.id()));
	}

}
