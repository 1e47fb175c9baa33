package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.web.Problems;

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

	private final TargetRoutes routes;

	TargetDeletions(GatewayTargets targets, TargetStatus status, TargetRoutes routes) {
		this.targets = targets;
		this.status = status;
		this.routes = routes;
	}

	/** A target's own DELETE: refused while a rule routes to it (a gateway's cascade deletes its rules too). */
	GatewayTarget markForDeletionAlone(GatewayTarget target, String actor) {
		List<String> rules = target.deletionRequested() ? List.of() : routes.rulesRoutingTo(target.gatewayId(), target.name());
		if (!rules.isEmpty()) {
			throw Problems.conflict("TARGET_ROUTED_BY_RULE", "Rules " + String.join(", ", rules) + " of this gateway route "
					+ "to target " + target.name() + ". Change or delete those rules (.../rules/{id}) first.");
		}
		return markForDeletion(target, actor);
	}

	GatewayTarget markForDeletion(GatewayTarget target, String actor) {
		if (!target.requestDeletion(actor)) {
			return target;
		}
		return status.deleting(targets.save(target), "Deleting the target.");
	}

}
