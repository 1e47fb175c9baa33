package dev.agentcore.controlplane.resource;

import java.time.Instant;

import org.springframework.data.annotation.ReadOnlyProperty;

import dev.agentcore.controlplane.web.Timestamps;

/**
 * The lifecycle every managed resource shares, embedded in its aggregate (the columns are the same in every kind's
 * table): the generation of the desired state, when it was declared and last changed, when deletion was requested,
 * and the create checkpoint only the provisioner writes.
 */
public record Lifecycle(long generation, Instant createdAt, Instant updatedAt, Instant deletionRequestedAt,
		@ReadOnlyProperty String createToken, @ReadOnlyProperty Instant createPendingAt) {

	/** A resource declared now, at generation 1. */
	public static Lifecycle declared() {
		Instant now = Timestamps.now();
		return new Lifecycle(1, now, now, null, null, null);
	}

	public boolean deletionRequested() {
		return deletionRequestedAt != null;
	}

	/** The next generation of the desired state. */
	Lifecycle respecified() {
		return new Lifecycle(generation + 1, createdAt, Timestamps.now(), deletionRequestedAt, createToken, createPendingAt);
	}

	/** Changed without a new generation of the desired state. */
	Lifecycle touched() {
		return new Lifecycle(generation, createdAt, Timestamps.now(), deletionRequestedAt, createToken, createPendingAt);
	}

	/** A requested deletion withdrawn: the resource is wanted again, at the next generation. */
	Lifecycle kept() {
		return new Lifecycle(generation + 1, createdAt, Timestamps.now(), null, createToken, createPendingAt);
	}

	Lifecycle deleting() {
		Instant now = Timestamps.now();
		return new Lifecycle(generation, createdAt, now, now, createToken, createPendingAt);
	}

}
