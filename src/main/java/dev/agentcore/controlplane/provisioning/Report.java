package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ProvisioningError;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusUpdate;

/**
 * What one reconcile found and did, collected as it goes and written once at the end: one status
 * statement (with the kind's own columns), the events and the application events it announces, in
 * one transaction, so that what the API shows and what the history says agree. The only other way a
 * reconcile writes is a {@link #checkpoint}: what must be committed before the next AWS call (the
 * client token of a create, a Cognito app client just created) is committed at once with everything
 * collected so far, in its own short transaction. Nothing in a reconcile writes status or history
 * otherwise ({@code StatusWritesTests}).
 */
final class Report {

	private final StatusColumns status;

	private final ResourceEvents events;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher announcements;

	private final ResourceRef ref;

	private StatusUpdate update = new StatusUpdate();

	private final List<Runnable> history = new ArrayList<>();

	private final List<Object> announced = new ArrayList<>();

	private Phase phase;

	private Instant phaseSince;

	private boolean removed;

	private boolean written;

	/** This pass found only its turn at the quota ({@link #onlyTurnAwaited}). */
	private boolean turnOnly;

	Report(StatusColumns status, ResourceEvents events, TransactionOperations transactions,
			ApplicationEventPublisher announcements, Managed row) {
		this.status = status;
		this.events = events;
		this.transactions = transactions;
		this.announcements = announcements;
		this.ref = row.ref();
		this.phase = row.phase();
		this.phaseSince = row.status().lastTransitionAt() == null ? Instant.now() : row.status().lastTransitionAt();
		update.reconciledAt(Instant.now());
	}

	ResourceRef ref() {
		return ref;
	}

	void phase(Phase next, String message) {
		update.phase(next, message);
		changed(next, message);
	}

	/** Moves to a transitional phase and says when to look at AWS again. */
	Next transition(Phase next, String message, Duration minimumPoll) {
		phase(next, message);
		return Next.in(pollDelay(minimumPoll));
	}

	/**
	 * How soon to look at an AWS transition again: quickly at first (the simulator and small changes
	 * settle in milliseconds), then after as long as it has lasted so far (the looks double apart), up to
	 * 5 seconds: fewer reads of the quota for a long transition than fixed steps, and a short one is seen soon.
	 */
	Duration pollDelay(Duration minimum) {
		long inPhase = Duration.between(phaseSince, Instant.now()).toMillis();
		return Duration.ofMillis(Math.min(5000, Math.max(minimum.toMillis(), inPhase)));
	}

	void ready(long generation, String message) {
		update.ready(generation, message);
		changed(Phase.READY, message);
	}

	void message(String message) {
		update.message(message);
	}

	void observed(Observed observed) {
		update.awsStatus(observed.status(), observed.statusReasons());
	}

	void created(Observed created) {
		update.identity(created.identity());
		observed(created);
	}

	void forgetIdentity() {
		update.forgetIdentity();
	}

	/** Columns only the kind knows (built by its status class), written with the status. */
	void record(StatusUpdate.ColumnWrite write) {
		update.also(write);
	}

	/** An application event the reconcile causes, published in the report's transaction after the status write. */
	void announce(Object event) {
		announced.add(event);
	}

	/**
	 * A checkpoint: commits at once, in one short transaction, everything the report collected so far
	 * (status, events, announcements) together with {@code writes}, and goes on collecting. For what
	 * must not wait for the end of the pass because the next AWS call relies on it, or a crash before
	 * then would lose what AWS created: the client token of a create, a Cognito app client just made.
	 * The history keeps the order of the calls, and agrees with the status at every commit.
	 */
	void checkpoint(StatusUpdate.ColumnWrite... writes) {
		if (written) {
			throw new IllegalStateException("a checkpoint after the report was written");
		}
		for (StatusUpdate.ColumnWrite write : writes) {
			update.also(write);
		}
		commit(true);
		update = new StatusUpdate();
		history.clear();
		announced.clear();
	}

	/**
	 * A checkpoint for what the rest of this pass reads rather than against a crash, committed without waiting for
	 * the disk ({@link StatusColumns#commitWithoutWaitingForDisk}): the identity of what a create made, before the
	 * pass's own first look at it. A crash of the database that loses it leaves the row as the create's checkpoint
	 * left it (client token, no id), and the next pass adopts what the create made by name, as after any crash
	 * between a create and its report; the create's client token is never committed this way.
	 */
	void checkpointForThisPass() {
		if (written) {
			throw new IllegalStateException("a checkpoint after the report was written");
		}
		commit(false);
		update = new StatusUpdate();
		history.clear();
		announced.clear();
	}

	void awsCall(String operation, String requestId, String message) {
		event(EventType.AWS_CALL, operation + ": " + message, requestId);
	}

	void drift(String message) {
		event(EventType.DRIFT_DETECTED, message, null);
	}

	/** What the gateway serves for a target changed (tools added or removed), as the control plane listed it. */
	void toolsChanged(String message) {
		event(EventType.TOOLS_CHANGED, message, null);
	}

	/** AWS confirmed the deletion: the row goes with this report. */
	void deleted(String message) {
		event(EventType.DELETED, message, null);
		removed = true;
	}

	/**
	 * AWS cannot do the next step until something outside the control plane happens (a person's consent):
	 * the phase stays, the status names it with {@code code} and what the person does, and the provisioner
	 * looks again after {@code poll}. The event is written when the wait begins, not on every look.
	 */
	Next waitingOutside(String code, String message, String previousCode, Duration poll) {
		Next next = Next.in(poll);
		update.retrying(new ProvisioningError(code, message, true, Instant.now()), 0, next.at(), message);
		if (!code.equals(previousCode)) {
			event(EventType.RETRY_SCHEDULED, message, null);
		}
		return next;
	}

	/**
	 * AWS tried to delete the resource and could not (DELETE_FAILED): the delete was sent again; the
	 * status says why it failed, and the next look backs off as for any retried failure.
	 */
	Next deleteRetried(Observed observed, String noun, int previousAttempts, ProvisioningSettings settings) {
		observed(observed);
		int attempts = previousAttempts + 1;
		Next next = Next.in(Backoff.delay(attempts, settings.backoffBase(), settings.backoffMax()));
		String message = "AgentCore could not delete the " + noun + " (" + observed.status()
				+ (observed.statusReasons().isEmpty() ? "" : ": " + String.join("; ", observed.statusReasons()))
				+ "); it was asked again, attempt " + attempts + ".";
		update.retrying(new ProvisioningError("AWS_DELETE_FAILED", message, true, Instant.now()), attempts, next.at(), message);
		event(EventType.RETRY_SCHEDULED, message, null);
		return next;
	}

	/** A terminal failure found by the provisioner rather than answered by AWS. */
	void failed(String code, String message) {
		failed(new ProvisioningError(code, message, false, Instant.now()), message, null);
	}

	/**
	 * A failed call: terminal ones stop until the spec changes or a reconcile is requested; retryable
	 * ones are tried again with exponential backoff and full jitter.
	 */
	Next failure(AgentCoreFailure failure, int previousAttempts, ProvisioningSettings settings, String service,
			String fix) {
		ProvisioningError error = new ProvisioningError("AWS_" + failure.errorType(), failure.getMessage(),
				failure.retryable(), Instant.now());
		if (!failure.retryable()) {
			failed(error, service + " refused: " + failure.getMessage() + " " + fix, failure.requestId());
			return Next.done();
		}
		int attempts = previousAttempts + 1;
		Next next = Next.in(Backoff.delay(attempts, settings.backoffBase(), settings.backoffMax()));
		String message = service + " answered " + failure.errorType() + ".";
		update.retrying(error, attempts, next.at(), message);
		event(EventType.RETRY_SCHEDULED, message + " Retry " + attempts + " at " + next.at() + ".", failure.requestId());
		return next;
	}

	/**
	 * This pass found only its turn at the quota (the message says so): unless it also recorded history (a phase, an
	 * event), its write does not wait for the disk. Behind a backlog every POSTed gateway's first pass is this one; a
	 * database crash that loses it leaves the message of the pass before, and the next pass says it again.
	 */
	void onlyTurnAwaited() {
		this.turnOnly = true;
	}

	/** Writes the status and the history together; the row goes if AWS confirmed a deletion. */
	void write() {
		if (written) {
			return;
		}
		written = true;
		commit(!turnOnly || !history.isEmpty() || removed);
	}

	private void commit(boolean waitForDisk) {
		transactions.executeWithoutResult(tx -> {
			if (!waitForDisk) {
				status.commitWithoutWaitingForDisk();
			}
			history.forEach(Runnable::run);
			if (removed) {
				status.remove(ref.id());
			}
			else {
				status.apply(ref.id(), update);
			}
			announced.forEach(announcements::publishEvent);
		});
	}

	private void failed(ProvisioningError error, String message, String requestId) {
		update.failed(error, message);
		event(EventType.FAILED, message, requestId);
		changed(Phase.FAILED, null);
	}

	private void changed(Phase next, String message) {
		if (phase != next) {
			event(EventType.PHASE_CHANGED, phase + " -> " + next + (message == null ? "" : ": " + message), null);
			phase = next;
			phaseSince = Instant.now();
		}
	}

	private void event(EventType type, String message, String requestId) {
		history.add(() -> events.record(ref, type, message, ResourceEvents.PROVISIONER, requestId));
	}

}
