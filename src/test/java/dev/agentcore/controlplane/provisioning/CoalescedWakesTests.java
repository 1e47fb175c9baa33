package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescedWakesTests {

	long now = 1_000_000_000L;

	int woken;

	final List<Runnable> deferred = new ArrayList<>();

	final List<Long> delays = new ArrayList<>();

	final CoalescedWakes wakes = new CoalescedWakes(() -> woken++, () -> now, (task, delay) -> {
		deferred.add(task);
		delays.add(delay);
	}, Duration.ofMillis(10));

	@Test
	void aChangeAloneWakesTheSchedulerAtOnce() {
		wakes.request();
		assertThat(woken).isEqualTo(1);
		assertThat(deferred).isEmpty();
		now += Duration.ofMillis(200).toNanos();
		wakes.request();
		assertThat(woken).as("the next, a gap later, at once too").isEqualTo(2);
	}

	@Test
	void aBurstWithinTheGapIsOneWakeWhenTheGapEnds() {
		wakes.request();
		now += Duration.ofMillis(3).toNanos();
		for (int i = 0; i < 50; i++) {
			wakes.request();
		}
		assertThat(woken).isEqualTo(1);
		assertThat(deferred).as("one wake for the 50").hasSize(1);
		assertThat(delays).containsExactly(Duration.ofMillis(7).toNanos());
		now += Duration.ofMillis(7).toNanos();
		deferred.getFirst().run();
		assertThat(woken).isEqualTo(2);
		wakes.request();
		assertThat(deferred).as("a change after that wake is woken for again, after the next gap").hasSize(2);
	}

	@Test
	void aChangeWhileTheDeferredWakeRunsIsNotLeftBehind() {
		wakes.request();
		wakes.request();
		deferred.getFirst().run();
		wakes.request();
		assertThat(deferred).hasSize(2);
		deferred.get(1).run();
		assertThat(woken).isEqualTo(3);
	}

}
