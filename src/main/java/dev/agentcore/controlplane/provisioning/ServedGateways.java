package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.executionrole.ExecutionRole;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.permissions.GatewayPermissions;
import dev.agentcore.controlplane.permissions.PermissionPlan;

/**
 * The gateway a managed execution role serves, as the role's reconciler needs it: read with the
 * role, the source of the role's desired policies (the planner's, from the gateway and its declared
 * targets), and its targets, woken with it once a new generation of the role is in IAM, since both wait
 * for it. One collaborator, because everything the role depends on outside IAM is that gateway.
 */
@Component
class ServedGateways {

	/** Policy documents are plain maps and lists of strings: the application's mapper settings do not change them. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final GatewayPermissions permissions;

	ServedGateways(GatewayManagement gateways, TargetManagement targets, GatewayPermissions permissions) {
		this.gateways = gateways;
		this.targets = targets;
		this.permissions = permissions;
	}

	/** The gateway the role serves; empty once it is deleted. */
	Optional<Gateway> of(ExecutionRole role) {
		return gateways.find(role.gatewayId());
	}

	/** What IAM should hold for the role: the planner's trust policy and exactly the declared targets' permissions. */
	Roles.DesiredRole desiredRole(ExecutionRole role, Gateway gateway) {
		List<GatewayTarget> declared = targets.targetsOf(gateway.id());
		PermissionPlan plan = AccountLookups.retryable(() -> permissions.of(gateway, declared));
		var permissionsPolicy = plan.executionRole().permissionsPolicy();
		return new Roles.DesiredRole(role.name(), gateway.id(), gateway.name(),
				JSON.writeValueAsString(plan.executionRole().trustPolicy()),
				GatewayPermissions.grantsAnything(permissionsPolicy) ? JSON.writeValueAsString(permissionsPolicy) : null);
	}

	/** The gateway's targets, woken with it once a new generation of the role is in IAM. */
	List<java.util.UUID> targetsOf(Gateway gateway) {
		return targets.targetsOf(gateway.id()).stream().map(GatewayTarget::id).toList();
	}

}
