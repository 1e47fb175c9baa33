package dev.agentcore.controlplane.provisioning;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fair queue's share: a busy account and region turns its own work away, never another's. */
class PlacementPermitsTests {

	@Test
	void anAccountAtItsShareTurnsItsOwnWorkAwayAndLetsOthersRun() throws Exception {
		PlacementPermits permits = new PlacementPermits(2);
		CountDownLatch holding = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService slow = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < 2; i++) {
				slow.submit(() -> permits.tryRun("210987654321/us-east-1", () -> {
					holding.countDown();
					await(release);
					return "slow";
				}));
			}
			assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

			assertThat(permits.tryRun("210987654321/us-east-1", () -> "more of the throttled account")).isEmpty();
			assertThat(permits.tryRun("210987654321/eu-west-1", () -> "its other region")).contains("its other region");
			assertThat(permits.tryRun("310987654321/us-east-1", () -> "another account")).contains("another account");
		}
		finally {
			release.countDown();
			slow.shutdown();
			assertThat(slow.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(permits.tryRun("210987654321/us-east-1", () -> "after")).as("permits come back").contains("after");
	}

	@Test
	void aPermitComesBackWhenTheWorkFails() {
		PlacementPermits permits = new PlacementPermits(1);
		try {
			permits.tryRun("a/r", () -> {
				throw new IllegalStateException("AWS refused");
			});
		}
		catch (IllegalStateException expected) {
			// the work's own failure goes to the caller
		}
		assertThat(permits.tryRun("a/r", () -> "again")).isEqualTo(Optional.of("again"));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
