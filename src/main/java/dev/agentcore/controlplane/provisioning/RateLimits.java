package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
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

	/** The error type of work held back because its account is not READY. */
	public static final String ACCOUNT_NOT_READY = "AccountNotReady";

	private final ProvisioningSettings settings;

	private final AccountManagement accounts;

	private final TokenBucket mutating;

	private final TokenBucket reads;

	private final int targetConcurrency;

	private final Map<UUID, Semaphore> perGateway = new ConcurrentHashMap<>();

	private final Turns turns;

	private final Map<String, TokenBucket> placedMutating = new ConcurrentHashMap<>();

	private final Map<String, TokenBucket> placedReads = new ConcurrentHashMap<>();

	private final Map<String, Turns> placedTurns = new ConcurrentHashMap<>();

	private final PlacementPermits placedWork;

	RateLimits(ProvisioningSettings settings, AccountManagement accounts) {
		this.settings = settings;
		this.accounts = accounts;
		this.mutating = new TokenBucket(settings.mutatingTps());
		this.turns = new Turns(mutating, settings.mutatingTps());
		this.reads = new TokenBucket(settings.readTps());
		this.targetConcurrency = settings.targetConcurrency();
		this.placedWork = new PlacementPermits(settings.threads() / 4);
	}

	/** Waits for the quota of mutating calls of the account and region the running reconcile works in. */
	public void beforeMutatingCall() {
		bucket(placedMutating, mutating, settings.mutatingTps()).acquire();
	}

	/**
	 * Whether the reconcile of {@code instance}, about to make a mutating call, makes it now (null) or comes back
	 * at the returned turn: behind a backlog a reconcile does not hold a thread asleep on the quota nor come back to
	 * ask again; it is rescheduled once, to its own slot of the quota, and is idle until then (issue #27).
	 */
	Instant mutatingTurn(String instance) {
		// Work placed in another account and region takes turns at that placement's own quota, not the own account's:
		// asleep in the bucket it would hold a thread (and its placement's share of them), and the rest of the
		// placement's backlog would spin through the queue meanwhile.
		AwsPlacement.Target target = AwsPlacement.current();
		return turns(target == null ? null : target.accountId(), target == null ? null : target.region()).of(instance);
	}

	/**
	 * The turn at the quota of {@code accountId} and {@code region} (null, null: the control plane's own) of a resource
	 * just declared there, given as it is queued: null when it may go now, otherwise the time the reconcile is queued
	 * for. Either way its reconcile makes its call at once ({@link #mutatingTurn} finds the turn given), and what is
	 * declared after it queues behind it. Until its turn the resource costs nothing: no pass, no write.
	 */
	Instant turnAtDeclaration(String instance, String accountId, String region) {
		return turns(accountId, region).ahead(instance);
	}

	private Turns turns(String accountId, String region) {
		if (accountId == null) {
			return turns;
		}
		String key = accountId + "/" + region;
		return placedTurns.computeIfAbsent(key, placed -> new Turns(placedMutating.computeIfAbsent(key,
				bucket -> new TokenBucket(settings.mutatingTps())), settings.mutatingTps()));
	}

	/** What a resource waiting for its turn at the quota says. */
	String waitingForTurn() {
		return "Waiting for its turn at AgentCore's quota of " + settings.mutatingTps()
				+ " changes a second (other changes are ahead of it).";
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
	/**
	 * A placed resource waits for its account to be READY (the account wakes it): the phase stays, the message names
	 * the account and why it is not READY. The control plane's own account, and an account not declared (which {@link
	 * #inPlacement} refuses), are not waited for.
	 */
	<R> Wait<R> accountReady(java.util.function.Function<R, Placement> placement) {
		return Wait.forResource(dev.agentcore.controlplane.resource.ResourceType.ACCOUNT, row -> {
			Placement where = placement.apply(row);
			return where == null || where.own() ? java.util.Optional.<Account>empty() : accounts.byAccountId(where.accountId());
		}, account -> account.status().phase() == Phase.READY && !account.deletionRequested(),
				account -> "Waiting for account " + account.accountId() + " to be READY (it is "
						+ (account.deletionRequested() ? "being removed" : account.status().phase() + ": "
								+ account.status().message()) + ").");
	}

	Next inPlacement(Placement placement, Supplier<Next> work) {
		if (placement.own()) {
			return work.get();
		}
		AwsPlacement.Target target = target(placement);
		return placedWork.tryRun(target.toString(), () -> AwsPlacement.within(target, work))
			.orElseGet(() -> Next.in(Duration.ofMillis(20 + ThreadLocalRandom.current().nextInt(30))));
	}

	/**
	 * Runs a read of what AWS holds in {@code placement} (the inventory, imports) with that account's assumed role,
	 * within that account and region's quotas.
	 *
	 * @throws AgentCoreFailure {@link #ACCOUNT_NOT_READY} when the account is not READY, saying why
	 */
	public <T> T reading(Placement placement, Supplier<T> read) {
		return placement.own() ? read.get() : AwsPlacement.within(target(placement), read);
	}

	private AwsPlacement.Target target(Placement placement) {
		Account account = accounts.byAccountId(placement.accountId())
			.orElseThrow(() -> new Unreconcilable("ACCOUNT_UNKNOWN", "Account " + placement.accountId() + " is not "
					+ "declared (any more). Ask an admin to declare it (POST /api/v1/accounts)."));
		if (account.status().phase() != Phase.READY || account.deletionRequested()) {
			throw new AgentCoreFailure(ACCOUNT_NOT_READY, 0, "Account " + placement.accountId() + " is "
					+ (account.deletionRequested() ? "being deleted" : account.status().phase() + ": "
							+ account.status().message()), true, null, null);
		}
		if (!account.spec().regions().contains(placement.region())) {
			throw new Unreconcilable("REGION_NOT_IN_ACCOUNT", "Account " + placement.accountId() + " no longer holds "
					+ "region " + placement.region() + ". Ask an admin to add it back to the account's regions.");
		}
		return new AwsPlacement.Target(placement.accountId(), placement.region(), account.spec().roleArn(),
				account.spec().externalId());
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

		/** How long a call made now would wait for its token (without taking it). */
		synchronized long waitNanos() {
			if (rate <= 0) {
				return 0;
			}
			double available = Math.min(capacity, tokens + (System.nanoTime() - refilledAt) / 1e9 * rate);
			return available >= 1 ? 0 : (long) ((1 - available) / rate * 1e9);
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

	/**
	 * Turns at the mutating quota, handed out in order, one slot apart: a reconcile whose turn is within one slot goes
	 * now (the token bucket makes it wait for the slot); a later one is remembered with its turn, and when it comes
	 * back at that slot it goes (through the token bucket, which keeps the calls spaced). Turns are
	 * this replica's; after a restart, work comes back and queues again.
	 */
	static final class Turns {

		private final TokenBucket bucket;

		private final long slotNanos;

		private final Map<String, Instant> given = new ConcurrentHashMap<>();

		private static final int FORGET_ABOVE = 10_000;

		private Instant forgotAt = Instant.EPOCH;

		private Instant last = Instant.MIN;

		Turns(TokenBucket bucket, double rate) {
			this.bucket = bucket;
			this.slotNanos = rate <= 0 ? 0 : (long) (1e9 / rate);
		}

		synchronized Instant of(String instance) {
			if (slotNanos == 0 || given.remove(instance) != null) {
				return null;
			}
			return next(instance, false);
		}

		/**
		 * A turn given ahead, to a resource as it is queued: like {@link #of}, except that a resource which may go now
		 * keeps its slot too, so that what is queued after it queues behind it, and its reconcile, asking {@link #of}
		 * when it is about to call, finds its turn given and calls at once.
		 */
		synchronized Instant ahead(String instance) {
			return slotNanos == 0 || given.containsKey(instance) ? null : next(instance, true);
		}

		private Instant next(String instance, boolean ahead) {
			Instant now = Instant.now();
			if (given.size() > FORGET_ABOVE && now.isAfter(forgotAt.plusSeconds(60))) {
				// Turns not taken (the resource went, or another replica ran it) are forgotten a minute after their slot.
				given.values().removeIf(turn -> turn.isBefore(now.minusSeconds(60)));
				forgotAt = now;
			}
			Instant free = now.plusNanos(bucket.waitNanos());
			Instant slot = last.plusNanos(slotNanos);
			Instant turn = slot.isAfter(free) ? slot : free;
			boolean goesNow = Duration.between(now, turn).toNanos() <= slotNanos;
			last = turn;
			if (ahead || !goesNow) {
				given.put(instance, turn);
			}
			return goesNow ? null : turn;
		}

	}

}
