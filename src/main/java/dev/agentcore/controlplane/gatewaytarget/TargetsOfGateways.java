package dev.agentcore.controlplane.gatewaytarget;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.GatewayTargetsPort;

/** Tells the gateway module about its targets. */
@Component
class TargetsOfGateways implements GatewayTargetsPort {

	private final GatewayTargets targets;

	private final TargetDeletions deletions;

	TargetsOfGateways(GatewayTargets targets, TargetDeletions deletions) {
		this.targets = targets;
		this.deletions = deletions;
	}

	@Override
	public long count(UUID gatewayId) {
		return targets.countByGateway(gatewayId);
	}

	@Override
	public java.util.Map<String, String> credentialTypes(UUID gatewayId) {
		java.util.Map<String, String> types = new java.util.TreeMap<>();
		targets.allOf(gatewayId)
			.stream()
			.filter(target -> !target.deletionRequested() && target.spec().credentials() != null)
			.forEach(target -> types.put(target.name(), target.spec().credentials().type().name()));
		return types;
	}

	@Override
	public void requestDeletionOfAll(UUID gatewayId, String actor) {
		targets.allOf(gatewayId).forEach(target -> deletions.markForDeletion(target, actor));
	}

}
