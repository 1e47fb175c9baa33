package dev.agentcore.controlplane.cedar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch running = new CountDownLatch(CedarThreads.THREADS);
		List<CompletableFuture<Boolean>> held = new ArrayList<>();
		try {
			for (int i = 0; i < CedarThreads.THREADS + CedarThreads.QUEUE; i++) {
				held.add(CompletableFuture.supplyAsync(() -> CedarThreads.call(() -> {
					running.countDown();
					try {
						return release.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return false;
					}
				}), Thread::startVirtualThread));
			}
			assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 100 && CedarThreads.inFlight() < CedarThreads.THREADS + CedarThreads.QUEUE; i++) {
				Thread.sleep(50);
			}

			assertThatThrownBy(() -> CedarThreads.call(() -> true)).isInstanceOfSatisfying(CedarBusy.class,
					busy -> assertThat(busy.retryAfter()).isEqualTo(CedarThreads.RETRY_AFTER));
		}
		finally {
			release.countDown();
		}
		for (CompletableFuture<Boolean> call : held) {
			assertThat(call.get(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(CedarThreads.call(() -> "free again")).isEqualTo("free again");
	}

}
