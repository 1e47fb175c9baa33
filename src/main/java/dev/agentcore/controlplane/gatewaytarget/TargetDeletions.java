package dev.agentcore.controlplane.gatewaytarget;

import org.springframework.stereotype.Component;


/**
 * Marks a target for deletion, for its own DELETE and for a gateway's cascading one. Its own bean, without
 * the gateway module's management service, so the gateway module can cascade to its targets
 * ({@link TargetsOfGateways}) without a cycle back through {@link TargetManagement}. The target records
 * its own history and audit events ({@link GatewayTarget#requestDeletion}).
 */
@Component
class TargetDeletions {

	private final GatewayTargets targets;

	private final TargetStatus status;

	TargetDeletions(GatewayTargets targets, TargetStatus status) {
		this.targets = targets;
		this.status = status;
	}

	GatewayTarget markForDeletion(GatewayTarget target, String actor) {
		if (!target.requestDeletion(actor)) {
			return target;
		}
		return status.deleting(targets.save(target), "Deleting the target.");
	}

}
