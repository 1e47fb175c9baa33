package dev.agentcore.controlplane.gateway;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Column;

/**
 * The provisioner's account of a gateway or target: the phase, the generation applied to AWS,
 * what is happening, the last error and the retry schedule.
 */
public record ResourceStatus(Phase phase, long observedGeneration, @Column("status_message") String message,
		ProvisioningError lastError, int attempts, Instant nextAttemptAt, Instant lastTransitionAt) {

	public static ResourceStatus accepted(Instant now) {
		return new ResourceStatus(Phase.PENDING, 0, "Accepted; waiting for the provisioner.", null, 0, null, now);
	}

	public ResourceStatus moveTo(Phase next, String newMessage, Instant now) {
		return new ResourceStatus(next, observedGeneration, newMessage, lastError, attempts, nextAttemptAt,
				next == phase ? lastTransitionAt : now);
	}

}
