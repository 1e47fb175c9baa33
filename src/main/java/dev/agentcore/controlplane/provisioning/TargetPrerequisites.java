package dev.agentcore.controlplane.provisioning;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.permissions.GatewayPermissions.PlannedTarget;
import dev.agentcore.controlplane.resource.Phase;

/**
 * What must hold before a target's change reaches AWS: its gateway is READY (and not going away),
 * the gateway's managed execution role holds the target's permissions, and the preflight finds
 * nothing missing in IAM. One collaborator, because the target reconciler asks them at the same
 * points and in this order.
 */
@Component
class TargetPrerequisites {

	private final RoleGate roles;

	private final Preflight preflight;

	TargetPrerequisites(RoleGate roles, Preflight preflight) {
		this.roles = roles;
		this.preflight = preflight;
	}

	/** What the target waits for; null when nothing. Throws when its gateway is being deleted. */
	String blocked(Gateway gateway) {
		if (gateway.deletionRequested()) {
			// The gateway will never be READY again, and its deletion waits for this target: report it
			// and stop, rather than wait for each other forever.
			throw new Unreconcilable("GATEWAY_DELETING", "Gateway " + gateway.name() + " is being deleted, so this target "
					+ "will not be created. DELETE the target, or DELETE the gateway with ?cascade=true.");
		}
		if (gateway.aws().gatewayId() == null || gateway.status().phase() != Phase.READY) {
			return "Waiting for gateway " + gateway.name() + " to be READY (it is " + gateway.status().phase() + ").";
		}
		return roles.beforeTarget(gateway);
	}

	/** Right before the target is created or updated: asks IAM what the target needs from the gateway's role. */
	void preflight(Gateway gateway, PlannedTarget target, Report report) {
		preflight.target(gateway, target, report);
	}

}
