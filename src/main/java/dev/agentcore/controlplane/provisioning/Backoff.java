package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter: a random delay up to base x 2^(attempt-1), capped. */
final class Backoff {

	private Backoff() {
	}

	static Duration delay(int attempt, Duration base, Duration max) {
		double ceiling = Math.min(max.toMillis(), base.toMillis() * Math.pow(2, Math.min(30, Math.max(0, attempt - 1))));
		long millis = (long) (ThreadLocalRandom.current().nextDouble() * ceiling);
		return Duration.ofMillis(Math.max(50, millis));
	}

	/** The drift-check delay: the interval plus up to 20% jitter, so checks do not bunch up. */
	static Duration drift(Duration interval) {
		return interval.plusMillis((long) (ThreadLocalRandom.current().nextDouble() * interval.toMillis() * 0.2));
	}

}
