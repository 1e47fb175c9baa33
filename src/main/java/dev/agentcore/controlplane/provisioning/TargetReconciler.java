package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.provisioning.ProvisioningLog.Reporter;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.gatewaytarget.TargetStatus;

/**
 * Makes AgentCore hold what a target's row declares, once its gateway is READY, within the
 * gateway's limit of concurrent target operations.
 */
@Component
class TargetReconciler {

	private final TargetManagement targets;

	private final GatewayManagement gateways;

	private final TargetStatus status;

	private final AgentCore aws;

	private final ProvisioningLog log;

	private final ProvisioningSettings settings;

	private final ProvisioningHooks hooks;

	private final ProvisioningQueue queue;

	private final RateLimits limits;

	TargetReconciler(TargetManagement targets, GatewayManagement gateways, TargetStatus status, AgentCore aws,
			ProvisioningLog log, ProvisioningSettings settings, Optional<ProvisioningHooks> hooks,
			ProvisioningQueue queue, RateLimits limits) {
		this.targets = targets;
		this.gateways = gateways;
		this.status = status;
		this.aws = aws;
		this.log = log;
		this.settings = settings;
		this.hooks = hooks.orElse(ProvisioningHooks.NONE);
		this.queue = queue;
		this.limits = limits;
	}

	Next reconcile(UUID id) {
		Optional<GatewayTarget> found = targets.find(id);
		if (found.isEmpty()) {
			return Next.done();
		}
		GatewayTarget target = found.get();
		Optional<Gateway> gateway = gateways.find(target.gatewayId());
		if (gateway.isEmpty()) {
			return Next.done();
		}
		Reporter report = log.of(status, target.ref(), target.status().phase(),
				target.status().lastTransitionAt());
		status.reconciled(id);
		try {
			return limits.forTargetOf(target.gatewayId(), () -> target.deletionRequested()
					? delete(target, gateway.get(), report) : converge(target, gateway.get(), report));
		}
		catch (AgentCoreFailure failure) {
			return report.failure(failure, target.status().attempts(), settings,
					"Fix the spec and PUT it, or POST .../reconcile.");
		}
	}

	private Next converge(GatewayTarget target, Gateway gateway, Reporter report) {
		String gatewayAwsId = gateway.aws().gatewayId();
		if (gateway.deletionRequested()) {
			// The gateway will never be READY again, and its deletion waits for this target: say so and
			// stop, rather than wait for each other forever. Deleting the target (or the gateway with
			// ?cascade=true) resolves it.
			report.message("Gateway " + gateway.name() + " is being deleted, so this target will not be created. "
					+ "DELETE the target, or DELETE the gateway with ?cascade=true.");
			return Next.done();
		}
		if (gatewayAwsId == null || gateway.status().phase() != Phase.READY) {
			report.message("Waiting for gateway " + gateway.name() + " to be READY (it is " + gateway.status().phase() + ").");
			return Next.in(settings.transitionPoll().multipliedBy(10));
		}
		DesiredTarget desired = new DesiredTarget(target.name(), target.type(), target.spec());
		String awsId = target.aws().targetId();
		if (awsId == null) {
			return create(target, gatewayAwsId, desired, report);
		}
		Optional<AgentCore.Target> observed = aws.observeTarget(gatewayAwsId, awsId, desired);
		if (observed.isEmpty()) {
			report.drift("Target " + awsId + " no longer exists in AWS (deleted outside the control plane); creating it again.");
			status.forgetIdentity(target.id());
			return Next.now();
		}
		AgentCore.Target state = observed.get();
		status.awsStatus(target.id(), state.status(), GatewayReconciler.reasons(state.statusReasons()));
		return switch (state.status()) {
			case "CREATING" -> report.transition(Phase.CREATING, "AgentCore is creating the target.", settings.transitionPoll());
			case "UPDATING" -> report.transition(Phase.UPDATING, "AgentCore is applying the change.", settings.transitionPoll());
			case "SYNCHRONIZING" -> report.transition(Phase.UPDATING, "AgentCore is synchronizing the MCP server's tools.", settings.transitionPoll());
			case "DELETING" -> report.transition(target.status().phase(), "AgentCore is deleting the target.", settings.transitionPoll());
			case "FAILED", "UPDATE_UNSUCCESSFUL", "SYNCHRONIZE_UNSUCCESSFUL" -> failedInAws(target, gatewayAwsId, awsId, desired, state, report);
			case "READY" -> ready(target, gatewayAwsId, awsId, desired, state, report);
			default -> report.transition(target.status().phase(), "AgentCore reports " + state.status() + ".", settings.transitionPoll());
		};
	}

	private Next create(GatewayTarget target, String gatewayAwsId, DesiredTarget desired, Reporter report) {
		if (target.createPendingAt() != null) {
			Optional<AgentCore.Target> adopted = aws.findTargetByName(gatewayAwsId, target.name(), desired);
			if (adopted.isPresent()) {
				report.awsCall("CreateGatewayTarget", null, "adopted " + adopted.get().id()
						+ ", created by an earlier attempt whose result was not recorded");
				return recordCreated(target, adopted.get(), report);
			}
		}
		status.createPending(target.id(), GatewayReconciler.clientToken(target.id(), target.generation()));
		AgentCore.Call<AgentCore.Target> call;
		try {
			call = aws.createTarget(gatewayAwsId, desired, GatewayReconciler.clientToken(target.id(), target.generation()));
		}
		catch (AgentCoreFailure failure) {
			if (failure.isConflict() && aws.findTargetByName(gatewayAwsId, target.name(), desired).isPresent()) {
				throw new AgentCoreFailure(failure.errorType(), failure.httpStatus(), "A target named " + target.name()
						+ " already exists in the AWS gateway, created outside the control plane. Delete it there, "
						+ "then POST .../reconcile.", false, failure.requestId(), failure);
			}
			throw failure;
		}
		hooks.afterCreate("target", target.id(), target.name());
		report.awsCall("CreateGatewayTarget", call.requestId(), "created " + call.result().id());
		return recordCreated(target, call.result(), report);
	}

	private Next recordCreated(GatewayTarget target, AgentCore.Target created, Reporter report) {
		status.identity(target.id(), created.id());
		status.awsStatus(target.id(), created.status(), GatewayReconciler.reasons(created.statusReasons()));
		return report.transition(Phase.CREATING, "AgentCore is creating the target.", settings.transitionPoll());
	}

	private Next ready(GatewayTarget target, String gatewayAwsId, String awsId, DesiredTarget desired,
			AgentCore.Target state, Reporter report) {
		// AWS holding exactly the current spec is all that matters; the generation says whether a
		// difference is our change on its way or somebody else's change (drift).
		if (!state.matchesDesired()) {
			if (target.status().observedGeneration() >= target.generation()) {
				report.drift("Target " + awsId + " was changed outside the control plane; setting it back.");
			}
			AgentCore.Call<AgentCore.Target> call = aws.updateTarget(gatewayAwsId, awsId, desired);
			report.awsCall("UpdateGatewayTarget", call.requestId(), "applying generation " + target.generation());
			return report.transition(Phase.UPDATING, "AgentCore is applying generation " + target.generation() + ".", settings.transitionPoll());
		}
		Instant requested = target.synchronizeRequestedAt();
		if (requested != null) {
			AgentCore.Call<Void> call = aws.synchronizeTarget(gatewayAwsId, awsId);
			report.awsCall("SynchronizeGatewayTargets", call.requestId(), "synchronizing the MCP server's tools");
			status.synchronizationSent(target.id(), requested, Instant.now());
			return report.transition(Phase.UPDATING, "AgentCore is synchronizing the MCP server's tools.", settings.transitionPoll());
		}
		status.synchronizationSent(target.id(), Instant.EPOCH, state.lastSynchronizedAt());
		report.ready(target.generation(), "Ready: generation " + target.generation() + " is in AWS.");
		return Next.in(Backoff.drift(settings.driftInterval()));
	}

	private Next failedInAws(GatewayTarget target, String gatewayAwsId, String awsId, DesiredTarget desired,
			AgentCore.Target state, Reporter report) {
		if (target.status().phase() != Phase.FAILED) {
			report.failedStatus("AWS_Target" + state.status(),
					"AgentCore reports " + state.status() + ": " + GatewayReconciler.reasons(state.statusReasons()));
			return Next.done();
		}
		AgentCore.Call<AgentCore.Target> call = aws.updateTarget(gatewayAwsId, awsId, desired);
		report.awsCall("UpdateGatewayTarget", call.requestId(), "applying generation " + target.generation() + " again");
		return report.transition(Phase.UPDATING, "AgentCore is applying generation " + target.generation() + ".", settings.transitionPoll());
	}

	private Next delete(GatewayTarget target, Gateway gateway, Reporter report) {
		String gatewayAwsId = gateway.aws().gatewayId();
		String awsId = target.aws().targetId();
		DesiredTarget desired = new DesiredTarget(target.name(), target.type(), target.spec());
		if (gatewayAwsId != null && awsId == null && target.createPendingAt() != null) {
			awsId = aws.findTargetByName(gatewayAwsId, target.name(), desired).map(AgentCore.Target::id).orElse(null);
		}
		if (gatewayAwsId != null && awsId != null) {
			Optional<AgentCore.Target> observed = aws.observeTarget(gatewayAwsId, awsId, desired);
			if (observed.isPresent()) {
				if (!"DELETING".equals(observed.get().status())) {
					AgentCore.Call<Void> call = aws.deleteTarget(gatewayAwsId, awsId);
					report.awsCall("DeleteGatewayTarget", call.requestId(), "deleting " + awsId);
				}
				return report.transition(Phase.DELETING, "AgentCore is deleting the target.", settings.transitionPoll());
			}
		}
		report.deleted("Target " + target.name() + " deleted" + (awsId == null ? " (it never existed in AWS)." : "; AWS confirmed."));
		status.remove(target.id());
		if (gateway.deletionRequested()) {
			queue.wake(ProvisioningQueue.Kind.GATEWAY, gateway.id());
		}
		return Next.done();
	}


}
