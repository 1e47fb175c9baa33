package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

/**
 * Accepts changes to the targets of a caller's gateways. Each change locks the gateway row, so
 * the per-gateway limit holds under concurrent requests, records the event, and hands the
 * target to the provisioner ({@link ResourceChanges}).
 */
@Service
public class TargetManagement {

	private final GatewayTargets targets;

	private final GatewayManagement gateways;

	private final ResourceChanges changes;

	private final TargetSettings settings;

	private final TargetStatus status;

	private final TargetDeletions deletions;

	TargetManagement(GatewayTargets targets, GatewayManagement gateways, ResourceChanges changes,
			TargetSettings settings, TargetStatus status, TargetDeletions deletions) {
		this.targets = targets;
		this.gateways = gateways;
		this.changes = changes;
		this.settings = settings;
		this.status = status;
		this.deletions = deletions;
	}

	@Transactional
	GatewayTarget declare(Caller caller, UUID gatewayId, String name, TargetType type, TargetSpec spec) {
		Gateway gateway = gateways.lockForTargetChange(caller, gatewayId);
		TargetRules.pairsWith(gateway, spec);
		if (targets.countByGateway(gatewayId) >= settings.perGateway()) {
			throw TargetProblems.limitReached(settings.perGateway());
		}
		return UniqueConstraints.unique("gateway_targets_name_per_gateway",
				() -> targets.save(GatewayTarget.declare(gatewayId, gateway.team(), name, type, spec, caller.actor())),
				() -> GatewayTarget.KIND.nameTaken(name));
	}

	@Transactional
	GatewayTarget respecify(Caller caller, UUID gatewayId, UUID id, String ifMatch, String name, TargetType type,
			TargetSpec spec) {
		Gateway gateway = gateways.lockForTargetChange(caller, gatewayId);
		GatewayTarget target = find(gatewayId, id).requireVersion(ifMatch);
		TargetRules.pairsWith(gateway, spec);
		TargetSpec kept = spec.keepingMaskedEndpointOf(target.spec());
		return target.respecify(name, type, kept, caller.actor()) ? targets.save(target) : target;
	}

	@Transactional
	GatewayTarget requestDeletion(Caller caller, UUID gatewayId, UUID id, String ifMatch) {
		return deletions.markForDeletionAlone(visible(caller, gatewayId, id).requireVersion(ifMatch), caller.actor());
	}

	@Transactional
	GatewayTarget requestSynchronization(Caller caller, UUID gatewayId, UUID id) {
		gateways.lockForTargetChange(caller, gatewayId);
		GatewayTarget target = find(gatewayId, id);
		target.requestSynchronization(caller.actor());
		return targets.save(target);
	}

	@Transactional
	GatewayTarget requestReconcile(Caller caller, UUID gatewayId, UUID id) {
		GatewayTarget target = visible(caller, gatewayId, id);
		changes.reconcileRequested(status, target.ref(), caller.actor());
		return target;
	}

	GatewayTarget visible(Caller caller, UUID gatewayId, UUID id) {
		gateways.visible(caller, gatewayId);
		return find(gatewayId, id);
	}

	Page<GatewayTarget> list(Caller caller, UUID gatewayId, Phase phase, TargetType type, PageRequest page) {
		gateways.visible(caller, gatewayId);
		List<GatewayTarget> rows = targets.page(gatewayId, phase == null ? null : phase.name(),
				type == null ? null : type.name(), page.after(), page.fetchSize());
		return page.page(rows, GatewayTarget::id);
	}

	/** A target by id, for the provisioner; empty once deleted. */
	public java.util.Optional<GatewayTarget> find(UUID id) {
		return targets.findById(id);
	}

	/** Every target of a gateway, for the provisioner. */
	public List<GatewayTarget> targetsOf(UUID gatewayId) {
		return targets.allOf(gatewayId);
	}

	private GatewayTarget find(UUID gatewayId, UUID id) {
		return targets.findById(id)
			.filter(target -> target.gatewayId().equals(gatewayId))
			.orElseThrow(() -> GatewayTarget.KIND.notFound(id));
	}

}
