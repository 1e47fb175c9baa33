package dev.agentcore.controlplane.resource;

import java.time.Instant;

/**
 * The status block of a gateway or target.
 *
 * @param phase PENDING, CREATING, UPDATING, READY, FAILED or DELETING
 * @param observedGeneration the generation last applied to AWS
 * @param message what is happening or what went wrong
 * @param lastError the last error, if any
 * @param attempts attempts since the last success
 * @param nextAttemptAt when the provisioner retries
 * @param lastTransitionAt when the phase last changed
 */
public record StatusView(Phase phase, long observedGeneration, String message, ProvisioningError lastError,
		int attempts, Instant nextAttemptAt, Instant lastTransitionAt) {

	/** The view of a resource's status; a resource whose deletion was requested is DELETING. */
	public static StatusView from(ResourceStatus status, Instant createdAt, boolean deletionRequested) {
		Phase phase = deletionRequested ? Phase.DELETING : status.phase();
		return new StatusView(phase, status.observedGeneration(), status.message(), status.lastError(),
				status.attempts(), status.nextAttemptAt(),
				status.lastTransitionAt() == null ? createdAt : status.lastTransitionAt());
	}

}
