package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;

/**
 * When a resource's reconcile runs again: at a time, or never (gone, or waiting for a change). {@code turn} marks a
 * slot of the AgentCore quota this replica gave the reconcile ({@link RateLimits#mutatingTurn}): it is woken locally
 * at that time, however far off, rather than found by the next poll.
 */
record Next(Instant at, boolean turn) {

	Next(Instant at) {
		this(at, false);
	}

	static Next done() {
		return new Next(null);
	}

	static Next now() {
		return new Next(Instant.now());
	}

	static Next in(Duration delay) {
		return new Next(Instant.now().plus(delay));
	}

	static Next turn(Instant at) {
		return new Next(at, true);
	}

	/**
	 * While waiting for something outside the control plane (a person's consent): look again after as long as it has
	 * waited so far since {@code since} (null when it has only started), at least {@code least}, at most {@code most}.
	 */
	static Next afterWaiting(Instant since, Duration least, Duration most) {
		Duration waited = since == null ? Duration.ZERO : Duration.between(since, Instant.now());
		Duration next = waited.compareTo(least) > 0 ? waited : least;
		return in(next.compareTo(most) < 0 ? next : most);
	}

	boolean isDone() {
		return at == null;
	}

}
