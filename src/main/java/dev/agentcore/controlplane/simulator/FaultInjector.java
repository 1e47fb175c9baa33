package dev.agentcore.controlplane.simulator;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Decides, call by call, whether the simulator answers with latency, IAM's
 * {@code AccessDeniedException}, a quota's {@code ThrottlingException}, a random throttle or a
 * server error. Randomness is seeded so a
 * test can repeat a run.
 */
@Component
@Profile({ "local", "simulator" })
class FaultInjector {

	enum CallKind {

		MUTATING, READ

	}

	private volatile Faults faults = Faults.NONE;

	private Random random;

	private final TokenBucket mutating = new TokenBucket();

	private final TokenBucket reads = new TokenBucket();

	private final String account;

	FaultInjector(SimulatorSettings settings) {
		this.account = settings.accountId();
		this.random = new Random(settings.seed() == null ? ThreadLocalRandom.current().nextLong() : settings.seed());
	}

	Faults faults() {
		return faults;
	}

	synchronized void replace(Faults requested) {
		Faults next = requested.withDefaults();
		if (next.seed() != null) {
			random = new Random(next.seed());
		}
		mutating.setRate(next.mutatingTps());
		reads.setRate(next.readTps());
		faults = next;
	}

	/** Applies the faults to one AgentCore call; throws the error AgentCore would answer with, if any. */
	void beforeCall(String operation, CallKind kind) {
		beforeCall("bedrock-agentcore", operation, kind);
	}

	/** Applies the faults to one call of the service whose IAM actions start with {@code iamPrefix}. */
	void beforeCall(String iamPrefix, String operation, CallKind kind) {
		Faults current = faults;
		if (current.latencyMs() > 0) {
			sleep(Duration.ofMillis(current.latencyMs()));
		}
		if (current.denies(operation)) {
			throw AwsError.accessDenied(iamPrefix + ":" + operation, account);
		}
		if (!(kind == CallKind.MUTATING ? mutating : reads).tryAcquire()) {
			throw AwsError.throttled();
		}
		double roll;
		double secondRoll;
		synchronized (this) {
			roll = random.nextDouble();
			secondRoll = random.nextDouble();
		}
		if (roll < current.throttleRate()) {
			throw AwsError.throttled();
		}
		if (secondRoll < current.serverErrorRate()) {
			throw AwsError.internal();
		}
	}

	Duration transitionDelay() {
		return Duration.ofMillis(faults.transitionDelayMs());
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A token bucket holding at most one second of calls; no rate means no limit. */
	static final class TokenBucket {

		private Double rate;

		private double tokens;

		private long lastRefillNanos = System.nanoTime();

		synchronized void setRate(Double rate) {
			this.rate = rate;
			this.tokens = rate == null ? 0 : Math.max(1, rate);
			this.lastRefillNanos = System.nanoTime();
		}

		synchronized boolean tryAcquire() {
			if (rate == null) {
				return true;
			}
			long now = System.nanoTime();
			double capacity = Math.max(1, rate);
			tokens = Math.min(capacity, tokens + (now - lastRefillNanos) / 1e9 * rate);
			lastRefillNanos = now;
			if (tokens >= 1) {
				tokens -= 1;
				return true;
			}
			return false;
		}

	}

}
