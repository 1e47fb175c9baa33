package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;

/** When a resource's reconcile runs again: at a time, or never (gone, or waiting for a change). */
record Next(Instant at) {

	static Next done() {
		return new Next(null);
	}

	static Next now() {
		return new Next(Instant.now());
	}

	static Next in(Duration delay) {
		return new Next(Instant.now().plus(delay));
	}

	boolean isDone() {
		return at == null;
	}

}
