package dev.agentcore.controlplane.cedar;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cedar's own threads: a stack for the deepest allowed statement, and a bound under load. */
class CedarThreadsTests {

	@Test
	void theDeepestAllowedStatementValidatesAndEvaluatesOnACedarThread() {
		String deepest = StatementLimitsTests.deepestAllowed();
		String ifs = StatementLimitsTests.HEAD + "(".repeat(StatementLimits.MAX_NESTING - 1)
				+ "if true then ".repeat(330) + "true" + " else false".repeat(330) + ")".repeat(StatementLimits.MAX_NESTING - 1)
				+ " };";
		assertThat(StatementLimits.exceeded(ifs)).isEmpty();

		StatementCheck.Result result = StatementCheck.check(StatementCheckTests.ORDERS,
				List.of(new StatementCheck.Statement("deepest", deepest), new StatementCheck.Statement("ifs", ifs)));
		assertThat(result.passed()).as(result.issues().toString()).isTrue();
		ToolCallAuthorization.Decision decision = ToolCallAuthorization.decide(StatementCheckTests.ORDERS,
				java.util.Map.of("sub", "u"), null, "orders___cancel_order", StatementCheckTests.GATEWAY,
				java.util.Map.of("orderId", "1"), java.util.Map.of("deepest", deepest, "ifs", ifs));
		assertThat(decision).isEqualTo(new ToolCallAuthorization.Decision(true, java.util.Set.of("deepest", "ifs"), List.of()));
		assertThat(CedarThreads.call(() -> Thread.currentThread() instanceof CedarThreads.CedarThread)).isTrue();
	}

	@Test
	void whenEveryThreadIsBusyAndTheQueueIsFullTheNextCallIsRefusedAtOnce() throws Exception {
		CedarThreads threads = new CedarThreads(1, 1, Duration.ofSeconds(30));
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch running = new CountDownLatch(1);
		Supplier<Boolean> held = () -> {
			running.countDown();
			try {
				return release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		};
		ExecutorService callers = Executors.newFixedThreadPool(2);
		CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> threads.run(held), callers);
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> threads.run(() -> true), callers);
		try {
			await(() -> assertThat(threads.waiting()).isEqualTo(1));
			assertThatThrownBy(() -> threads.run(() -> true)).isInstanceOfSatisfying(CedarBusy.class,
					busy -> assertThat(busy.retryAfter()).isEqualTo(CedarThreads.RETRY_AFTER));
		}
		finally {
			release.countDown();
			callers.shutdown();
		}
		assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
		assertThat(queued.get(30, TimeUnit.SECONDS)).isTrue();
		assertThat(threads.run(() -> "free again")).isEqualTo("free again");
	}

	@Test
	void aCallThatOutlastsTheTimeoutIsRefusedAndItsThreadFreed() {
		CedarThreads threads = new CedarThreads(1, 1, Duration.ofMillis(200));
		assertThatThrownBy(() -> threads.run(() -> {
			try {
				Thread.sleep(30_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return true;
		})).isInstanceOf(CedarBusy.class).hasMessageContaining("did not answer within 200 ms");
		assertThat(threads.run(() -> "free again")).isEqualTo("free again");
	}

	/** Retries the assertion for up to 10 seconds: the queued call reaches the queue from another thread. */
	private static void await(Runnable assertion) throws InterruptedException {
		for (int i = 0;; i++) {
			try {
				assertion.run();
				return;
			}
			catch (AssertionError ex) {
				if (i == 100) {
					throw ex;
				}
				Thread.sleep(100);
			}
		}
	}

}
