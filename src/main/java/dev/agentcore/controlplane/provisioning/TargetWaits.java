package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.Objects;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.agentaccess.TargetToolLister;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.ListedTools;
import dev.agentcore.controlplane.gatewaytarget.TargetStatus;
import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.resource.Phase;

/**
 * What a target's AWS states beyond the skeleton's mean for a pass: a synchronization asked for is sent and
 * the one AWS reports recorded (with the tools the gateway serves after it, listed over MCP), a person's OAuth
 * consent is awaited (where, for whom, how long to look again), and a deletion waits for that consent. Everything
 * goes through the pass's {@link Report}. The target's status columns and AgentCore port it works with are its
 * kind's too: the reconciler declares the kind with {@link #status()} and {@link #aws()} (which keeps it within six
 * dependencies).
 */
@Component
class TargetWaits {

	static final String DELETE_AWAITS_CONSENT = "TARGET_DELETE_AWAITS_CONSENT";

	private final TargetStatus status;

	private final AgentCore aws;

	private final ProvisioningSettings settings;

	private final TargetToolLister tools;

	TargetWaits(TargetStatus status, AgentCore aws, ProvisioningSettings settings, TargetToolLister tools) {
		this.status = status;
		this.aws = aws;
		this.settings = settings;
		this.tools = tools;
	}

	/** The target's status columns, which these waits write through the pass's report. */
	TargetStatus status() {
		return status;
	}

	/** The AgentCore port these waits call (SynchronizeGatewayTargets). */
	AgentCore aws() {
		return aws;
	}

	/** READY: sends a requested synchronization (its next step) or records what AWS holds; null to carry on. */
	Next ready(TargetReconciler.Row row, String awsId, AgentCore.Target observed, Report report) {
		GatewayTarget target = row.target();
		Instant requested = target.synchronizeRequestedAt();
		Instant due = synchronizationDue(target, observed);
		if (requested != null || (due != null && !due.isAfter(Instant.now()))) {
			AgentCore.Call<Void> call = aws.synchronizeTarget(row.gatewayAwsId(), awsId);
			report.awsCall("SynchronizeGatewayTargets", call.requestId(), "synchronizing the MCP server's tools"
					+ (requested != null ? "" : " (scheduled every " + target.spec().synchronization().every() + ")"));
			report.record(status.synchronizationSent(requested != null ? requested : Instant.EPOCH, Instant.now()));
			return report.transition(Phase.UPDATING, "AgentCore is synchronizing the MCP server's tools.",
					settings.transitionPoll());
		}
		if (!Objects.equals(observed.lastSynchronizedAt(), target.aws().lastSynchronizedAt())) {
			report.record(status.synchronizationSent(Instant.EPOCH, observed.lastSynchronizedAt()));
		}
		if (target.aws().authorizationUrl() != null) {
			report.record(status.authorizationUrl(null));
		}
		if (!observed.managedResources().equals(target.aws().managedResources())) {
			report.record(status.privateEndpointResources(observed.managedResources()));
		}
		listTools(row, observed, report);
		return null;
	}

	/** A READY target on a synchronization schedule is looked at again when it is due, if that is sooner. */
	Next soonerIfScheduled(GatewayTarget target, AgentCore.Target observed, Next next) {
		Instant due = synchronizationDue(target, observed);
		return due == null || next.isDone() || !due.isBefore(next.at()) ? next : new Next(due);
	}

	/** When the target's schedule asks for the next synchronization; null without one. */
	private static Instant synchronizationDue(GatewayTarget target, AgentCore.Target observed) {
		var schedule = target.spec().synchronization();
		return schedule == null || target.type() != TargetType.MCP_SERVER ? null
				: schedule.dueAt(observed.lastSynchronizedAt(), target.createdAt(), target.status().lastTransitionAt());
	}

	/**
	 * An MCP server target whose tools were not listed since AgentCore's last synchronization (or whose listing may
	 * succeed now): list what the gateway serves for it, keep them with the target and say what changed.
	 */
	private void listTools(TargetReconciler.Row row, AgentCore.Target observed, Report report) {
		GatewayTarget target = row.target();
		ListedTools before = target.aws().tools();
		if (target.type() != TargetType.MCP_SERVER || target.spec().mcpServer().toolSchema() != null
				|| (before != null && before.current(observed.lastSynchronizedAt()))) {
			return;
		}
		ListedTools now = tools.toolsOf(row.gateway(), target.name(), observed.lastSynchronizedAt());
		report.record(status.listedTools(now));
		String changes = now.changesSince(before);
		if (changes != null) {
			report.toolsChanged(changes);
		}
	}

	/**
	 * AWS waits for a person's OAuth consent (*_PENDING_AUTH): say where and for whom, and look again after as long
	 * as it has waited so far (from transitionPoll up to consentPollMax), one read each time. A spec change waits
	 * too: AWS takes no update until consent is given.
	 */
	Next consentAwaited(GatewayTarget target, AgentCore.Target observed, Report report) {
		String url = observed.authorizationUrl();
		if (!Objects.equals(url, target.aws().authorizationUrl())) {
			report.record(status.authorizationUrl(url));
		}
		report.phase(Phase.AWAITING_CONSENT, "AgentCore reports " + observed.status() + ": " + who(observed)
				+ " must open " + (url == null ? "the authorization URL AgentCore gives" : url) + " in a browser and "
				+ "consent; the target carries on by itself once that is done (generation " + target.generation()
				+ " is applied then).");
		Instant since = target.status().phase() == Phase.AWAITING_CONSENT ? target.status().lastTransitionAt() : null;
		return Next.afterWaiting(since, settings.transitionPoll(), settings.consentPollMax());
	}

	/**
	 * AgentCore does not delete a target that waits for OAuth consent: instead of retrying a refused delete without
	 * end, say so, and what the person does, and look again as for a consent awaited; the gateway's deletion names
	 * this target while it waits for it.
	 */
	Next deleteAwaitsConsent(TargetReconciler.Row row, Managed managed, AgentCore.Target observed, Report report) {
		String url = observed.authorizationUrl() == null ? "the authorization URL AgentCore gives (GET this target)"
				: observed.authorizationUrl();
		String message = "AgentCore does not delete a target that waits for OAuth consent (" + observed.status() + "). "
				+ who(observed) + " must complete the consent at " + url + ", or decline it there; the deletion carries "
				+ "on by itself once AgentCore stops waiting"
				+ (row.gateway().deletionRequested() ? ", and the gateway's deletion after it." : ".");
		var previous = managed.status().lastError();
		return report.waitingOutside(DELETE_AWAITS_CONSENT, message, previous == null ? null : previous.code(),
				settings.consentPollMax());
	}

	private static String who(AgentCore.Target observed) {
		return observed.authorizationUserId() == null ? "the user the target acts for"
				: "user " + observed.authorizationUserId();
	}

}
