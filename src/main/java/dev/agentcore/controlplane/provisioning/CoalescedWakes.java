package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Wakes the local scheduler for work committed just now, at once when it has not been woken within {@link #GAP}, else
 * once when the gap ends, for every commit in between. Each wake is a poll of the queue (a statement and a commit):
 * woken for every POST, the poller ran back to back under load and was a tenth of the machine (issue #27). A change
 * alone (POST to READY) is still picked up at once; a burst waits at most the gap.
 */
final class CoalescedWakes {

	static final Duration GAP = Duration.ofMillis(10);

	interface Later {

		void run(Runnable task, long delayNanos);

	}

	private final Runnable wake;

	private final LongSupplier nanos;

	private final Later later;

	private final long gap;

	private final AtomicLong lastWake;

	private final AtomicBoolean deferred = new AtomicBoolean();

	CoalescedWakes(Runnable wake) {
		this(wake, System::nanoTime, (task, delay) -> CompletableFuture.delayedExecutor(delay, TimeUnit.NANOSECONDS).execute(task),
				GAP);
	}

	CoalescedWakes(Runnable wake, LongSupplier nanos, Later later, Duration gap) {
		this.wake = wake;
		this.nanos = nanos;
		this.later = later;
		this.gap = gap.toNanos();
		this.lastWake = new AtomicLong(nanos.getAsLong() - this.gap);
	}

	/** Work was committed: the scheduler looks for it now, or when the gap since its last wake ends. */
	void request() {
		long now = nanos.getAsLong();
		long last = lastWake.get();
		if (now - last >= gap && lastWake.compareAndSet(last, now)) {
			wake.run();
			return;
		}
		// Marked before the deferred wake runs and cleared before it wakes: a request that finds it marked committed
		// its work before that wake's poll.
		if (deferred.compareAndSet(false, true)) {
			later.run(() -> {
				deferred.set(false);
				lastWake.set(nanos.getAsLong());
				wake.run();
			}, Math.max(0, last + gap - now));
		}
	}

}
