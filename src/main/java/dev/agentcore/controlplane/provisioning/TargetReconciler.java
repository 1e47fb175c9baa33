package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.gatewaytarget.TargetStatus;
import dev.agentcore.controlplane.permissions.GatewayPermissions;
import dev.agentcore.controlplane.resource.Phase;

/**
 * Targets on the shared skeleton: created once their gateway is READY, within the gateway's limit
 * of concurrent target operations, and synchronized when asked.
 */
@Component
class TargetReconciler extends ResourceReconciler<TargetReconciler.Row, DesiredTarget, AgentCore.Target> {

	private final TargetStatus status;

	private final AgentCore aws;

	private final GatewayNeighbours neighbours;

	TargetReconciler(ReconcileSupport support, TargetManagement targets, GatewayManagement gateways,
			TargetStatus status, AgentCore aws, GatewayNeighbours neighbours) {
		super(support, Kinds.target(targets, gateways, status, aws, neighbours));
		this.status = status;
		this.aws = aws;
		this.neighbours = neighbours;
	}

	/** A target and its gateway, read together for one reconcile. */
	record Row(GatewayTarget target, Gateway gateway) {

		String gatewayAwsId() {
			return gateway.aws().gatewayId();
		}

	}

	@Override
	DesiredTarget desired(Row row) {
		GatewayTarget target = row.target();
		return new DesiredTarget(target.name(), target.type(), target.spec());
	}

	@Override
	Next ready(Row row, String awsId, AgentCore.Target observed, Report report) {
		GatewayTarget target = row.target();
		Instant requested = target.synchronizeRequestedAt();
		if (requested != null) {
			AgentCore.Call<Void> call = aws.synchronizeTarget(row.gatewayAwsId(), awsId);
			report.awsCall("SynchronizeGatewayTargets", call.requestId(), "synchronizing the MCP server's tools");
			report.record(status.synchronizationSent(requested, Instant.now()));
			return report.transition(Phase.UPDATING, "AgentCore is synchronizing the MCP server's tools.",
					support.settings.transitionPoll());
		}
		if (!Objects.equals(observed.lastSynchronizedAt(), target.aws().lastSynchronizedAt())) {
			report.record(status.synchronizationSent(Instant.EPOCH, observed.lastSynchronizedAt()));
		}
		if (target.aws().authorizationUrl() != null) {
			report.record(status.authorizationUrl(null));
		}
		return super.ready(row, awsId, observed, report);
	}

	/**
	 * AWS waits for a person's OAuth consent (*_PENDING_AUTH): say where and for whom, and look again
	 * after as long as it has waited so far (from transitionPoll up to consentPollMax), one read each
	 * time. A spec change waits too: AWS takes no update until consent is given.
	 */
	@Override
	Next awaitingOutside(Row row, AgentCore.Target observed, Report report) {
		GatewayTarget target = row.target();
		String url = observed.authorizationUrl();
		if (!Objects.equals(url, target.aws().authorizationUrl())) {
			report.record(status.authorizationUrl(url));
		}
		String who = observed.authorizationUserId() == null ? "the user the target acts for"
				: "user " + observed.authorizationUserId();
		report.phase(Phase.AWAITING_CONSENT, "AgentCore reports " + observed.status() + ": " + who + " must open "
				+ (url == null ? "the authorization URL AgentCore gives" : url) + " in a browser and consent; the target "
				+ "carries on by itself once that is done (generation " + target.generation() + " is applied then).");
		Instant since = target.status().phase() == Phase.AWAITING_CONSENT ? target.status().lastTransitionAt() : null;
		return Next.afterWaiting(since, support.settings.transitionPoll(), support.settings.consentPollMax());
	}

	/**
	 * AgentCore does not delete a target that waits for OAuth consent (*_PENDING_AUTH): instead of
	 * retrying a refused delete without end, say so, and what the person does, and look again as for a
	 * consent awaited; the gateway's deletion names this target while it waits for it.
	 */
	@Override
	Next deleteWaitsOutside(Row row, Managed managed, AgentCore.Target observed, Report report) {
		if (classify(observed.status()) != AwsState.WAITING) {
			return null;
		}
		String url = observed.authorizationUrl() == null ? "the authorization URL AgentCore gives (GET this target)"
				: observed.authorizationUrl();
		String who = observed.authorizationUserId() == null ? "the user the target acts for"
				: "user " + observed.authorizationUserId();
		String message = "AgentCore does not delete a target that waits for OAuth consent (" + observed.status() + "). "
				+ who + " must complete the consent at " + url + ", or decline it there; the deletion carries on by "
				+ "itself once AgentCore stops waiting" + (row.gateway().deletionRequested()
						? ", and the gateway's deletion after it." : ".");
		var previous = managed.status().lastError();
		return report.waitingOutside(DELETE_AWAITS_CONSENT, message, previous == null ? null : previous.code(),
				support.settings.consentPollMax());
	}

	static final String DELETE_AWAITS_CONSENT = "TARGET_DELETE_AWAITS_CONSENT";

	@Override
	void beforeChange(Row row, Report report) {
		neighbours.preflight(row.gateway(), GatewayPermissions.PlannedTarget.of(row.target()), report);
	}

	@Override
	Next withinLimits(Row row, Supplier<Next> work) {
		// A target lives in its gateway's account and region.
		return support.limits.inPlacement(row.gateway().placement(),
				() -> support.limits.forTargetOf(row.target().gatewayId(), work));
	}

}
