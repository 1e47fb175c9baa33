package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.Account;
import dev.agentcore.controlplane.account.AccountManagement;
import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.resource.Phase;

/**
 * AgentCore's quotas, respected on our side so that a burst of changes finishes at the quota
 * instead of in a storm of throttling errors: token buckets for mutating and read calls per account and region
 * (AgentCore's quotas are per account and region), and a limit on concurrent target operations per gateway.
 */
@Component
public class RateLimits {

	private final ProvisioningSettings settings;

	private final AccountManagement accounts;

	private final TokenBucket mutating;

	private final TokenBucket reads;

	private final int targetConcurrency;

	private final Map<UUID, Semaphore> perGateway = new ConcurrentHashMap<>();

	private final Map<String, TokenBucket> placedMutating = new ConcurrentHashMap<>();

	private final Map<String, TokenBucket> placedReads = new ConcurrentHashMap<>();

	private final PlacementPermits placedWork;

	RateLimits(ProvisioningSettings settings, AccountManagement accounts) {
		this.settings = settings;
		this.accounts = accounts;
		this.mutating = new TokenBucket(settings.mutatingTps());
		this.reads = new TokenBucket(settings.readTps());
		this.targetConcurrency = settings.targetConcurrency();
		this.placedWork = new PlacementPermits(settings.threads() / 4);
	}

	/** Waits for the quota of mutating calls of the account and region the running reconcile works in. */
	public void beforeMutatingCall() {
		bucket(placedMutating, mutating, settings.mutatingTps()).acquire();
	}

	public void beforeReadCall() {
		bucket(placedReads, reads, settings.readTps()).acquire();
	}

	private static TokenBucket bucket(Map<String, TokenBucket> placed, TokenBucket own, double rate) {
		AwsPlacement.Target target = AwsPlacement.current();
		return target == null ? own
				: placed.computeIfAbsent(target.accountId() + "/" + target.region(), key -> new TokenBucket(rate));
	}

	/**
	 * Runs the AWS work of a resource placed in {@code placement}: its calls go to that account and region, with the
	 * account's assumed role, within that account and region's quotas. An account that is not READY holds the work
	 * back (retried with backoff), saying which account and why.
	 */
	Next inPlacement(Placement placement, Supplier<Next> work) {
		if (placement.own()) {
			return work.get();
		}
		Account account = accounts.byAccountId(placement.accountId())
			.orElseThrow(() -> new Unreconcilable("ACCOUNT_UNKNOWN", "Account " + placement.accountId() + " is not "
					+ "declared (any more). Ask an admin to declare it (POST /api/v1/accounts)."));
		if (account.status().phase() != Phase.READY || account.deletionRequested()) {
			throw new AgentCoreFailure("AccountNotReady", 0, "Account " + placement.accountId() + " is "
					+ account.status().phase() + ": " + account.status().message(), true, null, null);
		}
		if (!account.spec().regions().contains(placement.region())) {
			throw new Unreconcilable("REGION_NOT_IN_ACCOUNT", "Account " + placement.accountId() + " no longer holds "
					+ "region " + placement.region() + ". Ask an admin to add it back to the account's regions.");
		}
		AwsPlacement.Target target = new AwsPlacement.Target(placement.accountId(), placement.region(),
				account.spec().roleArn(), account.spec().externalId());
		return placedWork.tryRun(target.toString(), () -> AwsPlacement.within(target, work))
			.orElseGet(() -> Next.in(Duration.ofMillis(20 + ThreadLocalRandom.current().nextInt(30))));
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
