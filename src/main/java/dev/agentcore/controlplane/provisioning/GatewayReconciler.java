package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayMadeInAws;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewayStatus;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.permissions.GatewayPermissions;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

/** Gateways on the shared skeleton: targets go before the gateway, and wait for it to be READY. */
@Component
class GatewayReconciler extends ResourceReconciler<Gateway, DesiredGateway, AgentCore.Gateway> {

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final GatewayStatus status;

	private final AgentCore aws;

	private final GatewayPrerequisites prerequisites;

	GatewayReconciler(ReconcileSupport support, GatewayManagement gateways, TargetManagement targets,
			GatewayStatus status, AgentCore aws, GatewayPrerequisites prerequisites) {
		super(support, new ResourceKind<>(ResourceType.GATEWAY, "Gateway", status, gateways::find,
				gateway -> new Managed(gateway.ref(), gateway.name(), gateway.generation(), gateway.status(),
						gateway.aws().gatewayId(), gateway.createPendingAt(), gateway.deletionRequested())));
		this.gateways = gateways;
		this.targets = targets;
		this.status = status;
		this.aws = aws;
		this.prerequisites = prerequisites;
	}

	/** A gateway waits for its managed role, its managed profile's user pool and app clients, and its policy engine. */
	@Override
	String blockedBeforeConverge(Gateway gateway) {
		return prerequisites.blocked(gateway);
	}

	@Override
	String blockedBeforeDelete(Gateway gateway) {
		List<GatewayTarget> remaining = targets.targetsOf(gateway.id());
		long kept = remaining.stream().filter(target -> !target.deletionRequested()).count();
		if (kept > 0) {
			// Targets not being deleted would never go (they wait for this gateway): report it and stop
			// instead of waiting forever. A target deletion, or DELETE ?cascade=true, wakes this again.
			throw new Unreconcilable("DELETION_BLOCKED", "The gateway cannot be deleted while " + kept + " of its targets "
					+ "are not being deleted. DELETE the gateway again with ?cascade=true to delete them too, or delete them.");
		}
		if (remaining.isEmpty()) {
			return null;
		}
		List<String> awaitingConsent = remaining.stream()
			.filter(target -> target.status().lastError() != null
					&& TargetReconciler.DELETE_AWAITS_CONSENT.equals(target.status().lastError().code()))
			.map(GatewayTarget::name)
			.toList();
		return "Waiting for " + remaining.size() + " target(s) to be deleted first." + (awaitingConsent.isEmpty() ? ""
				: " AgentCore does not delete " + String.join(", ", awaitingConsent) + " while it waits for OAuth consent: "
						+ "complete or decline the consent at the authorization URL the target's status shows.");
	}

	@Override
	DesiredGateway desired(Gateway gateway) {
		return prerequisites.desired(gateway);
	}

	@Override
	AgentCore.Call<AgentCore.Gateway> create(Gateway gateway, DesiredGateway desired, String clientToken) {
		return aws.createGateway(desired, clientToken);
	}

	@Override
	Optional<AgentCore.Gateway> observe(Gateway gateway, String awsId, DesiredGateway desired) {
		return aws.observeGateway(awsId, desired);
	}

	@Override
	Optional<AgentCore.Gateway> findByName(Gateway gateway, DesiredGateway desired) {
		return aws.findGatewayByName(gateway.name(), desired);
	}

	@Override
	AgentCore.Call<AgentCore.Gateway> update(Gateway gateway, String awsId, DesiredGateway desired) {
		return aws.updateGateway(awsId, desired);
	}

	@Override
	AgentCore.Call<Void> delete(Gateway gateway, String awsId) {
		return aws.deleteGateway(awsId);
	}

	@Override
	boolean replaceFailedCreate() {
		return true;
	}

	/** Tags converge once the configuration is in AWS (UpdateGateway carries none); the workload identity is recorded. */
	@Override
	Next ready(Gateway gateway, String awsId, AgentCore.Gateway observed, Report report) {
		AgentCore.Call<String> tags = aws.convergeTags(observed.arn(), gateway.spec().tags());
		if (tags.result() != null) {
			report.awsCall("TagResource", tags.requestId(), tags.result());
		}
		if (observed.workloadIdentityArn() != null
				&& !observed.workloadIdentityArn().equals(gateway.aws().workloadIdentityArn())) {
			report.record(status.workloadIdentity(observed.workloadIdentityArn()));
		}
		boolean created = gateway.status().phase() == Phase.PENDING || gateway.status().phase() == Phase.CREATING;
		Next next = super.ready(gateway, awsId, observed, report);
		if (created) {
			report.announce(new GatewayMadeInAws(gateway.id()));
		}
		targets.targetsOf(gateway.id()).forEach(target -> support.queue.wake(ResourceType.TARGET, target.id()));
		return next;
	}

	@Override
	void beforeChange(Gateway gateway, Report report) {
		prerequisites.preflight(gateway, targets.targetsOf(gateway.id()).stream()
			.filter(target -> !target.deletionRequested())
			.map(GatewayPermissions.PlannedTarget::of).toList(), report);
	}

	@Override
	void deleted(Gateway gateway) {
		prerequisites.gatewayDeleted(gateway);
	}

	@Override
	String fixHint() {
		return "Fix the spec (or the role) and PUT it, or POST .../reconcile.";
	}

}
