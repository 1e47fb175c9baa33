package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gateway.GatewayStatus;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.provisioning.ProvisioningLog.Reporter;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;

/**
 * Makes AgentCore hold what a gateway's row declares: observe, compare, act, report, and say
 * when to look again. Never holds a transaction across an AWS call; every write is a short
 * statement of its own.
 */
@Component
class GatewayReconciler {

	private final GatewayManagement gateways;

	private final IdpProfileManagement profiles;

	private final TargetManagement targets;

	private final GatewayStatus status;

	private final AgentCore aws;

	private final ProvisioningLog log;

	private final ProvisioningSettings settings;

	private final ProvisioningHooks hooks;

	private final ProvisioningQueue queue;

	GatewayReconciler(GatewayManagement gateways, IdpProfileManagement profiles, TargetManagement targets,
			GatewayStatus status, AgentCore aws, ProvisioningLog log, ProvisioningSettings settings,
			Optional<ProvisioningHooks> hooks, ProvisioningQueue queue) {
		this.gateways = gateways;
		this.profiles = profiles;
		this.targets = targets;
		this.status = status;
		this.aws = aws;
		this.log = log;
		this.settings = settings;
		this.hooks = hooks.orElse(ProvisioningHooks.NONE);
		this.queue = queue;
	}

	Next reconcile(UUID id) {
		Optional<Gateway> found = gateways.find(id);
		if (found.isEmpty()) {
			return Next.done();
		}
		Gateway gateway = found.get();
		Reporter report = log.of(status, gateway.ref(), gateway.status().phase(),
				gateway.status().lastTransitionAt());
		status.reconciled(id);
		try {
			return gateway.deletionRequested() ? delete(gateway, report) : converge(gateway, report);
		}
		catch (AgentCoreFailure failure) {
			return report.failure(failure, gateway.status().attempts(), settings,
					"Fix the spec (or the role) and PUT it, or POST .../reconcile.");
		}
	}

	private Next converge(Gateway gateway, Reporter report) {
		DesiredGateway desired = desired(gateway);
		if (desired == null) {
			report.failedStatus("IDP_PROFILE_MISSING", "The IDP profile of the authorizer no longer exists.");
			return Next.done();
		}
		String awsId = gateway.aws().gatewayId();
		if (awsId == null) {
			return create(gateway, desired, report);
		}
		Optional<AgentCore.Gateway> observed = aws.observeGateway(awsId, desired);
		if (observed.isEmpty()) {
			report.drift("Gateway " + awsId + " no longer exists in AWS (deleted outside the control plane); creating it again.");
			status.forgetIdentity(gateway.id());
			return Next.now();
		}
		AgentCore.Gateway state = observed.get();
		status.awsStatus(gateway.id(), state.status(), reasons(state.statusReasons()));
		return switch (state.status()) {
			case "CREATING" -> report.transition(Phase.CREATING, "AgentCore is creating the gateway.", settings.transitionPoll());
			case "UPDATING" -> report.transition(Phase.UPDATING, "AgentCore is applying the change.", settings.transitionPoll());
			case "DELETING" -> report.transition(gateway.status().phase(), "AgentCore is deleting the gateway.", settings.transitionPoll());
			case "FAILED" -> failedInAws(gateway, awsId, state, report);
			case "UPDATE_UNSUCCESSFUL" -> updateFailedInAws(gateway, awsId, desired, state, report);
			case "READY" -> ready(gateway, awsId, desired, state, report);
			default -> report.transition(gateway.status().phase(), "AgentCore reports " + state.status() + ".", settings.transitionPoll());
		};
	}

	private Next create(Gateway gateway, DesiredGateway desired, Reporter report) {
		AgentCore.Gateway created;
		if (gateway.createPendingAt() != null) {
			Optional<AgentCore.Gateway> adopted = aws.findGatewayByName(gateway.name(), desired);
			if (adopted.isPresent()) {
				created = adopted.get();
				report.awsCall("CreateGateway", null, "adopted " + created.id()
						+ ", created by an earlier attempt whose result was not recorded");
				return recordCreated(gateway, created, report);
			}
		}
		String token = clientToken(gateway.id(), gateway.generation());
		status.createPending(gateway.id(), token);
		AgentCore.Call<AgentCore.Gateway> call;
		try {
			call = aws.createGateway(desired, token);
		}
		catch (AgentCoreFailure failure) {
			if (failure.isConflict() && aws.findGatewayByName(gateway.name(), desired).isPresent()) {
				throw new AgentCoreFailure(failure.errorType(), failure.httpStatus(), "A gateway named " + gateway.name()
						+ " already exists in the AWS account, created outside the control plane. Delete or rename it "
						+ "there, then POST .../reconcile.", false, failure.requestId(), failure);
			}
			throw failure;
		}
		created = call.result();
		hooks.afterCreate("gateway", gateway.id(), gateway.name());
		report.awsCall("CreateGateway", call.requestId(), "created " + created.id());
		return recordCreated(gateway, created, report);
	}

	private Next recordCreated(Gateway gateway, AgentCore.Gateway created, Reporter report) {
		status.identity(gateway.id(), created.id(), created.arn(), created.url());
		status.awsStatus(gateway.id(), created.status(), reasons(created.statusReasons()));
		return report.transition(Phase.CREATING, "AgentCore is creating the gateway.", settings.transitionPoll());
	}

	private Next ready(Gateway gateway, String awsId, DesiredGateway desired, AgentCore.Gateway state, Reporter report) {
		// AWS holding exactly the current spec is all that matters; the generation says whether a
		// difference is our change on its way or somebody else's change (drift).
		if (!state.matchesDesired()) {
			if (gateway.status().observedGeneration() >= gateway.generation()) {
				report.drift("Gateway " + awsId + " was changed outside the control plane; setting it back.");
			}
			AgentCore.Call<AgentCore.Gateway> call = aws.updateGateway(awsId, desired);
			report.awsCall("UpdateGateway", call.requestId(), "applying generation " + gateway.generation());
			status.awsStatus(gateway.id(), call.result().status(), reasons(call.result().statusReasons()));
			return report.transition(Phase.UPDATING, "AgentCore is applying generation " + gateway.generation() + ".", settings.transitionPoll());
		}
		report.ready(gateway.generation(), "Ready: generation " + gateway.generation() + " is in AWS.");
		targets.targetsOf(gateway.id()).forEach(target -> queue.wake(ProvisioningQueue.Kind.TARGET, target.id()));
		return Next.in(Backoff.drift(settings.driftInterval()));
	}

	private Next failedInAws(Gateway gateway, String awsId, AgentCore.Gateway state, Reporter report) {
		if (gateway.status().phase() != Phase.FAILED) {
			report.failedStatus("AWS_GatewayFailed", "AgentCore could not create the gateway: " + reasons(state.statusReasons()));
			return Next.done();
		}
		// Asked again (a spec change or a reconcile request): replace the failed gateway.
		AgentCore.Call<Void> call = aws.deleteGateway(awsId);
		report.awsCall("DeleteGateway", call.requestId(), "removing failed gateway " + awsId + " to create it again");
		return waitForRemoval(gateway, awsId, report);
	}

	private Next updateFailedInAws(Gateway gateway, String awsId, DesiredGateway desired, AgentCore.Gateway state,
			Reporter report) {
		if (gateway.status().phase() != Phase.FAILED) {
			report.failedStatus("AWS_GatewayUpdateUnsuccessful",
					"AgentCore could not apply the change: " + reasons(state.statusReasons()));
			return Next.done();
		}
		AgentCore.Call<AgentCore.Gateway> call = aws.updateGateway(awsId, desired);
		report.awsCall("UpdateGateway", call.requestId(), "applying generation " + gateway.generation() + " again");
		return report.transition(Phase.UPDATING, "AgentCore is applying generation " + gateway.generation() + ".", settings.transitionPoll());
	}

	private Next waitForRemoval(Gateway gateway, String awsId, Reporter report) {
		report.phase(Phase.UPDATING, "Replacing the failed gateway " + awsId + ".");
		if (aws.observeGateway(awsId, desired(gateway)).isEmpty()) {
			status.forgetIdentity(gateway.id());
			return Next.now();
		}
		return Next.in(settings.transitionPoll());
	}

	private Next delete(Gateway gateway, Reporter report) {
		List<GatewayTarget> remaining = targets.targetsOf(gateway.id());
		long kept = remaining.stream().filter(target -> !target.deletionRequested()).count();
		if (kept > 0) {
			// Targets not being deleted would never go (they wait for this gateway): report it and stop
			// instead of waiting forever. A target deletion, or DELETE ?cascade=true, wakes this again.
			report.failedStatus("DELETION_BLOCKED", "The gateway cannot be deleted while " + kept + " of its targets "
					+ "are not being deleted. DELETE the gateway again with ?cascade=true to delete them too, or delete them.");
			return Next.done();
		}
		if (!remaining.isEmpty()) {
			report.transition(Phase.DELETING, "Waiting for " + remaining.size() + " target(s) to be deleted first.", settings.transitionPoll());
			return Next.in(settings.transitionPoll().multipliedBy(4));
		}
		String awsId = gateway.aws().gatewayId();
		if (awsId == null && gateway.createPendingAt() != null) {
			awsId = aws.findGatewayByName(gateway.name(), desired(gateway)).map(AgentCore.Gateway::id).orElse(null);
		}
		if (awsId != null) {
			Optional<AgentCore.Gateway> observed = aws.observeGateway(awsId, desired(gateway));
			if (observed.isPresent()) {
				if (!"DELETING".equals(observed.get().status())) {
					AgentCore.Call<Void> call = aws.deleteGateway(awsId);
					report.awsCall("DeleteGateway", call.requestId(), "deleting " + awsId);
				}
				return report.transition(Phase.DELETING, "AgentCore is deleting the gateway.", settings.transitionPoll());
			}
		}
		report.deleted("Gateway deleted" + (awsId == null ? " (it never existed in AWS)." : "; AWS confirmed."));
		status.remove(gateway.id());
		return Next.done();
	}


	/** The desired state, with the IDP profile behind a CUSTOM_JWT authorizer; null when that profile is gone. */
	DesiredGateway desired(Gateway gateway) {
		GatewaySpec spec = gateway.spec();
		if (spec.authorizer().type() != GatewaySpec.AuthorizerType.CUSTOM_JWT) {
			return new DesiredGateway(gateway.name(), spec, null);
		}
		return profiles.find(spec.authorizer().idpProfileId())
			.map(IdpProfile::spec)
			.map(profile -> new DesiredGateway(gateway.name(), spec, profile))
			.orElse(null);
	}

	/** At least 33 characters, stable for the row and generation, so a repeated create is the same create. */
	static String clientToken(UUID id, long generation) {
		return id + "-g" + generation;
	}

	static List<String> reasons(List<String> reasons) {
		return reasons == null ? List.of() : reasons;
	}

}
