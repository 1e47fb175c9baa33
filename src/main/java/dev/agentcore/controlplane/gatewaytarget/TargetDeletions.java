package dev.agentcore.controlplane.gatewaytarget;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanges;

/**
 * Marks a target for deletion, for its own DELETE and for a gateway's cascading one. Its own bean, without
 * the gateway module's management service, so the gateway module can cascade to its targets
 * ({@link TargetsOfGateways}) without a cycle back through {@link TargetManagement}.
 */
@Component
class TargetDeletions {

	private final GatewayTargets targets;

	private final TargetStatus status;

	private final ResourceChanges changes;

	TargetDeletions(GatewayTargets targets, TargetStatus status, ResourceChanges changes) {
		this.targets = targets;
		this.status = status;
		this.changes = changes;
	}

	GatewayTarget markForDeletion(GatewayTarget target, String actor) {
		if (!target.requestDeletion()) {
			return target;
		}
		GatewayTarget saved = targets.save(target);
		status.phase(saved.id(), Phase.DELETING, "Deleting the target.");
		changes.accepted(saved.ref(), EventType.DELETION_REQUESTED, "Deletion requested.", actor);
		changes.audit(ChangeAccepted.deleted(saved.ref(), saved.spec()));
		return saved;
	}

}
