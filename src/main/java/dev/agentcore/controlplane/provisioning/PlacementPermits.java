package dev.agentcore.controlplane.provisioning;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The fair share of the reconcile threads: at most {@code perPlacement} reconciles of one account and region run at
 * once. A reconcile finding its account and region at the limit does not wait (it would hold a thread while it
 * waits): it goes back to the queue, so an account that is throttled, slow or unreachable holds at most its share of
 * the threads and slows only its own work.
 */
final class PlacementPermits {

	private final int perPlacement;

	private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

	PlacementPermits(int perPlacement) {
		this.perPlacement = Math.max(1, perPlacement);
	}

	/** Runs {@code work} if {@code placement} has a free permit; empty when it has none. */
	<T> Optional<T> tryRun(String placement, Supplier<T> work) {
		Semaphore semaphore = permits.computeIfAbsent(placement, key -> new Semaphore(perPlacement));
		if (!semaphore.tryAcquire()) {
			return Optional.empty();
		}
		try {
			return Optional.of(work.get());
		}
		finally {
			semaphore.release();
		}
	}

}
