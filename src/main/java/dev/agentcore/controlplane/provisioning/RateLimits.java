package dev.agentcore.controlplane.provisioning;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * AgentCore's quotas, respected on our side so that a burst of changes finishes at the quota
 * instead of in a storm of throttling errors: token buckets for mutating and read calls, and a
 * limit on concurrent target operations per gateway.
 */
@Component
public class RateLimits {

	private final TokenBucket mutating;

	private final TokenBucket reads;

	private final int targetConcurrency;

	private final Map<UUID, Semaphore> perGateway = new ConcurrentHashMap<>();

	RateLimits(ProvisioningSettings settings) {
		this.mutating = new TokenBucket(settings.mutatingTps());
		this.reads = new TokenBucket(settings.readTps());
		this.targetConcurrency = settings.targetConcurrency();
	}

	public void beforeMutatingCall() {
		mutating.acquire();
	}

	public void beforeReadCall() {
		reads.acquire();
	}

	/** Runs a target operation within the gateway's concurrency limit. */
	<T> T forTargetOf(UUID gatewayId, Supplier<T> operation) {
		Semaphore permits = perGateway.computeIfAbsent(gatewayId, id -> new Semaphore(targetConcurrency, true));
		permits.acquireUninterruptibly();
		try {
			return operation.get();
		}
		finally {
			permits.release();
		}
	}

	/**
	 * A blocking token bucket without bursts: calls leave evenly spaced at the rate, which is what
	 * AgentCore's own quota accepts without throttling. Waiting callers reserve their slot.
	 */
	static final class TokenBucket {

		private final double rate;

		private final double capacity;

		private double tokens;

		private long refilledAt = System.nanoTime();

		TokenBucket(double rate) {
			this.rate = rate;
			this.capacity = 1;
			this.tokens = capacity;
		}

		void acquire() {
			if (rate <= 0) {
				return;
			}
			long waitNanos;
			synchronized (this) {
				long now = System.nanoTime();
				tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * rate);
				refilledAt = now;
				tokens -= 1;
				waitNanos = tokens >= 0 ? 0 : (long) (-tokens / rate * 1e9);
			}
			if (waitNanos > 0) {
				try {
					Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

	}

}
