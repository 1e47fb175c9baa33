package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** One timer task for every time waiting, the earliest; a task that fires early sets itself again. */
class WakeTimesTests {

	private final AtomicLong now = new AtomicLong(1_000_000);

	private final AtomicInteger wakes = new AtomicInteger();

	private final RecordingTimer timer = new RecordingTimer();

	private final WakeTimes times = new WakeTimes(timer, wakes::incrementAndGet, now::get);

	@AfterEach
	void stop() {
		timer.shutdownNow();
	}

	@Test
	void manyTimesWaitOnOneTaskForTheEarliest() {
		for (int i = 10; i > 0; i--) {
			times.add(at(1_000_000 + 200L * i));
		}
		assertThat(timer.live()).hasSize(1);
		assertThat(timer.live().getFirst().delayMillis()).isEqualTo(200 + ProvisioningQueue.WAKE_MARGIN_MILLIS);
		assertThat(times.size()).isEqualTo(10);
	}

	@Test
	void atTheEarliestTimeItWakesOnceAndWaitsForTheNext() {
		times.add(at(1_000_200));
		times.add(at(1_000_400));
		now.set(1_000_201);
		timer.fireLive();
		assertThat(wakes).hasValue(1);
		assertThat(timer.live()).singleElement().extracting(Scheduled::delayMillis)
			.isEqualTo(199 + ProvisioningQueue.WAKE_MARGIN_MILLIS);
		assertThat(times.size()).isOne();
	}

	@Test
	void timesDueTogetherWakeOnce() {
		times.add(at(1_000_100));
		times.add(at(1_000_150));
		times.add(at(1_000_300));
		now.set(1_000_200);
		timer.fireLive();
		assertThat(wakes).hasValue(1);
		assertThat(times.size()).isOne();
	}

	@Test
	void aTaskThatFiresBeforeTheTimeSetsItselfAgainWithoutWaking() {
		times.add(at(1_000_200));
		now.set(1_000_150);
		timer.fireLive();
		assertThat(wakes).hasValue(0);
		assertThat(timer.live()).singleElement().extracting(Scheduled::delayMillis)
			.isEqualTo(50 + ProvisioningQueue.WAKE_MARGIN_MILLIS);
	}

	@Test
	void anEarlierTimeReplacesTheTask() {
		times.add(at(1_000_500));
		times.add(at(1_000_100));
		assertThat(timer.live()).singleElement().extracting(Scheduled::delayMillis)
			.isEqualTo(100 + ProvisioningQueue.WAKE_MARGIN_MILLIS);
		times.add(at(1_000_300));
		assertThat(timer.live()).as("a later time waits behind the task").hasSize(1);
	}

	@Test
	void aTimeBetweenMillisecondsIsDueAtTheNextOne() {
		times.add(at(1_000_100).plusNanos(300_000));
		now.set(1_000_100);
		timer.fireLive();
		assertThat(wakes).hasValue(0);
		now.set(1_000_101);
		timer.fireLive();
		assertThat(wakes).hasValue(1);
	}

	@Test
	void aStoppingTimerLeavesTheWorkToTheNextPoll() {
		timer.shutdown();
		assertThatNoException().isThrownBy(() -> times.add(at(1_000_100)));
	}

	private static Instant at(long millis) {
		return Instant.ofEpochMilli(millis);
	}

	record Scheduled(Runnable task, long delayMillis, ScheduledFuture<?> future) {
	}

	/** Records the tasks instead of running them; a test fires them. */
	static final class RecordingTimer extends ScheduledThreadPoolExecutor {

		private final List<Scheduled> scheduled = new ArrayList<>();

		RecordingTimer() {
			super(1);
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
			if (isShutdown()) {
				throw new RejectedExecutionException("stopping");
			}
			ScheduledFuture<?> future = super.schedule(() -> {
			}, 1, TimeUnit.DAYS);
			scheduled.add(new Scheduled(task, unit.toMillis(delay), future));
			return future;
		}

		List<Scheduled> live() {
			return scheduled.stream().filter(each -> !each.future().isCancelled() && !each.future().isDone()).toList();
		}

		void fireLive() {
			List<Scheduled> live = live();
			assertThat(live).as("one task waits").hasSize(1);
			live.getFirst().future().cancel(false);
			live.getFirst().task().run();
		}

	}

}
