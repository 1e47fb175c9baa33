package dev.agentcore.controlplane.resource;

import java.time.Instant;

import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.relational.core.mapping.Column;

/**
 * The provisioner's account of a gateway or target: the phase, the generation applied to AWS,
 * what is happening, the last error and the retry schedule. Read-only for the aggregate: only
 * the provisioner writes these columns (with targeted updates), so a REST change never
 * overwrites what the provisioner found, and the provisioner never changes the ETag.
 */
public record ResourceStatus(@ReadOnlyProperty Phase phase, @ReadOnlyProperty long observedGeneration,
		@ReadOnlyProperty @Column("status_message") String message, @ReadOnlyProperty ProvisioningError lastError,
		@ReadOnlyProperty int attempts, @ReadOnlyProperty Instant nextAttemptAt,
		@ReadOnlyProperty Instant lastTransitionAt) {

	public static final String ACCEPTED = "Accepted; waiting for the provisioner.";

	/** The status of a new resource, as the database defaults it. */
	public static ResourceStatus accepted() {
		return new ResourceStatus(Phase.PENDING, 0, ACCEPTED, null, 0, null, null);
	}

}
