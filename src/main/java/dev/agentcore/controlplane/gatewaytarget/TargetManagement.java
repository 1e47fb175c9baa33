package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.gateway.AuthorizerPairing;
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
		pairsWith(gateway, spec);
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
		pairsWith(gateway, spec);
		TargetSpec kept = spec.mcpServer() == null ? spec
				: spec.withMcpServer(spec.mcpServer().keepingMaskedEndpointOf(target.spec().mcpServer()));
		return target.respecify(name, type, kept, caller.actor()) ? targets.save(target) : target;
	}

	@Transactional
	GatewayTarget requestDeletion(Caller caller, UUID gatewayId, UUID id, String ifMatch) {
		gateways.visible(caller, gatewayId);
		return deletions.markForDeletionAlone(find(gatewayId, id).requireVersion(ifMatch), caller.actor());
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
		gateways.visible(caller, gatewayId);
		GatewayTarget target = find(gatewayId, id);
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

	/** Marks one target for deletion; used for single deletes and for a gateway's cascade. */
	GatewayTarget markForDeletion(GatewayTarget target, String actor) {
		return deletions.markForDeletion(target, actor);
	}

	/**
	 * Identity-forwarding credentials need the matching authorizer on the gateway, and an authorization-code target's
	 * return URL must be one the gateway's workload identity allows (AgentCore would only refuse it once a user consents).
	 */
	private static void pairsWith(Gateway gateway, TargetSpec spec) {
		if (spec.credentials() != null) {
			AuthorizerPairing.checkTarget(gateway.spec().authorizer().type(), spec.credentials().type().name());
			CredentialRules.returnUrlAllowed(gateway, spec.credentials());
		}
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
