package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ProvisioningError;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.StatusColumns;

/**
 * How a reconcile reports: status columns and the gateway's event history, written together so
 * that what the API shows and what the history says agree.
 */
@Component
class ProvisioningLog {

	private final ResourceEvents events;

	ProvisioningLog(ResourceEvents events) {
		this.events = events;
	}

	/** One reconcile's reporter for one resource. */
	Reporter of(StatusColumns status, ResourceRef ref, Phase currentPhase, Instant phaseSince) {
		return new Reporter(status, ref, currentPhase, phaseSince);
	}

	final class Reporter {

		private final StatusColumns status;

		private final ResourceRef ref;

		private final UUID id;

		private Phase phase;

		private Instant phaseSince;

		Reporter(StatusColumns status, ResourceRef ref, Phase phase, Instant phaseSince) {
			this.status = status;
			this.ref = ref;
			this.id = ref.id();
			this.phase = phase;
			this.phaseSince = phaseSince == null ? Instant.now() : phaseSince;
		}

		void phase(Phase next, String message) {
			status.phase(id, next, message);
			changed(next, message);
		}

		/**
		 * How soon to look at an AWS transition again: quickly at first (the simulator and small
		 * changes settle in milliseconds), then less often the longer it lasts, up to 5 seconds.
		 */
		Duration pollDelay(Duration minimum) {
			long inPhase = Duration.between(phaseSince, Instant.now()).toMillis();
			return Duration.ofMillis(Math.min(5000, Math.max(minimum.toMillis(), inPhase / 4)));
		}

		void ready(long generation, String message) {
			status.ready(id, generation, message);
			changed(Phase.READY, message);
		}

		void awsCall(String operation, String requestId, String message) {
			event(EventType.AWS_CALL, operation + ": " + message, requestId);
		}

		void drift(String message) {
			event(EventType.DRIFT_DETECTED, message, null);
		}

		void deleted(String message) {
			event(EventType.DELETED, message, null);
		}

		void failed(AgentCoreFailure failure, String message) {
			status.failed(id, error(failure), message);
			event(EventType.FAILED, message, failure.requestId());
			changed(Phase.FAILED, null);
		}

		void failedStatus(String code, String message) {
			status.failed(id, new ProvisioningError(code, message, false, Instant.now()), message);
			event(EventType.FAILED, message, null);
			changed(Phase.FAILED, null);
		}

		void retrying(AgentCoreFailure failure, int attempts, Instant next, String message) {
			status.retrying(id, error(failure), attempts, next, message);
			event(EventType.RETRY_SCHEDULED, message + " Retry " + attempts + " at " + next + ".", failure.requestId());
		}

		/** Moves to a transitional phase and says when to look at AWS again. */
		Next transition(Phase next, String message, Duration minimumPoll) {
			phase(next, message);
			return Next.in(pollDelay(minimumPoll));
		}

		/**
		 * Reports a failed call: terminal ones stop until the spec changes or a reconcile is
		 * requested; retryable ones are tried again with exponential backoff and full jitter.
		 */
		Next failure(AgentCoreFailure failure, int previousAttempts, ProvisioningSettings settings, String fix) {
			if (!failure.retryable()) {
				failed(failure, "AgentCore refused: " + failure.getMessage() + " " + fix);
				return Next.done();
			}
			int attempts = previousAttempts + 1;
			Next next = Next.in(Backoff.delay(attempts, settings.backoffBase(), settings.backoffMax()));
			retrying(failure, attempts, next.at(), "AgentCore answered " + failure.errorType() + ".");
			return next;
		}

		void message(String message) {
			status.message(id, message);
		}

		private void changed(Phase next, String message) {
			if (phase != next) {
				event(EventType.PHASE_CHANGED, phase + " -> " + next + (message == null ? "" : ": " + message), null);
				phase = next;
				phaseSince = Instant.now();
			}
		}

		private void event(EventType eventType, String message, String requestId) {
			events.record(ref, eventType, message, ResourceEvents.PROVISIONER, requestId);
		}

		private ProvisioningError error(AgentCoreFailure failure) {
			return new ProvisioningError("AWS_" + failure.errorType(), failure.getMessage(), failure.retryable(),
					Instant.now());
		}

	}

}
