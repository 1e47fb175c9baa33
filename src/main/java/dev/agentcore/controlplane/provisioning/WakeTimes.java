package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * When work queued for later is due (a turn at the quota, a short retry), earliest first, with one timer task for all
 * of them: the next. A task per due time was about 150 bytes each on the heap, 20 MB for the 130,000 gateways a
 * benchmark queues behind the quota (issue #27); a time here is a boxed millisecond in a heap.
 * <p>
 * The times are by the wall clock the queue compares with, rounded up to the millisecond; the timer runs on another
 * clock, so a task that fires before the earliest time is due sets itself again rather than waking to find nothing.
 */
final class WakeTimes {

	private final PriorityQueue<Long> due = new PriorityQueue<>();

	private final ScheduledExecutorService timer;

	private final Runnable wake;

	private final LongSupplier clock;

	private ScheduledFuture<?> next;

	private long nextAt = Long.MAX_VALUE;

	/**
	 * @param timer runs the one task (it should remove cancelled tasks)
	 * @param wake what to do when times are due: once for all the times due together
	 * @param clock the wall clock's milliseconds
	 */
	WakeTimes(ScheduledExecutorService timer, Runnable wake, LongSupplier clock) {
		this.timer = timer;
		this.wake = wake;
		this.clock = clock;
	}

	synchronized void add(Instant at) {
		long millis = at.toEpochMilli() + (at.getNano() % 1_000_000 == 0 ? 0 : 1);
		due.add(millis);
		if (millis < nextAt) {
			schedule(millis);
		}
	}

	/** How many times are waiting. */
	synchronized int size() {
		return due.size();
	}

	private void schedule(long millis) {
		if (next != null) {
			next.cancel(false);
		}
		try {
			next = timer.schedule(this::fire, Math.max(0, millis - clock.getAsLong()) + ProvisioningQueue.WAKE_MARGIN_MILLIS,
					TimeUnit.MILLISECONDS);
			nextAt = millis;
		}
		catch (RejectedExecutionException stopping) {
			// The application is stopping: the work stays queued, and the next replica's poll finds it.
			next = null;
			nextAt = Long.MAX_VALUE;
		}
	}

	private void fire() {
		boolean anyDue = false;
		synchronized (this) {
			long now = clock.getAsLong();
			while (!due.isEmpty() && due.peek() <= now) {
				due.poll();
				anyDue = true;
			}
			if (due.isEmpty()) {
				// A task set by a time added meanwhile (and already due here) is not needed any more.
				if (next != null) {
					next.cancel(false);
				}
				next = null;
				nextAt = Long.MAX_VALUE;
			}
			else {
				// Replaces this task, or one set by a time added meanwhile: one task at a time.
				schedule(due.peek());
			}
		}
		if (anyDue) {
			wake.run();
		}
	}

}
