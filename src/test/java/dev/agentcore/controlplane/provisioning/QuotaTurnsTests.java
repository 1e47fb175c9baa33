package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #27: behind a backlog at AgentCore's mutating quota, a reconcile is given its own slot of the quota once and
 * is idle until then, instead of holding a thread asleep on the quota or coming back to ask again.
 */
class QuotaTurnsTests {

	/** Two seconds a slot: a busy machine's pauses between the calls of a test stay well within one. */
	static final double RATE = 0.5;

	final RateLimits.TokenBucket bucket = new RateLimits.TokenBucket(RATE);

	final RateLimits.Turns turns = new RateLimits.Turns(bucket, RATE);

	@Test
	void aFreeQuotaIsUsedAtOnce() {
		assertThat(turns.of("gateway:a")).as("nothing waits: go now").isNull();
	}

	@Test
	void aBacklogGetsOneSlotEachInOrderASlotApart() {
		bucket.acquire();
		assertThat(turns.of("gateway:next")).as("the next slot is within one: it goes and waits in the bucket").isNull();
		List<Instant> given = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			given.add(turns.of("gateway:" + i));
		}
		assertThat(given).doesNotContainNull().isSorted();
		for (int i = 1; i < given.size(); i++) {
			assertThat(Duration.between(given.get(i - 1), given.get(i))).isEqualTo(Duration.ofSeconds(2));
		}
		assertThat(given.getLast()).isBetween(Instant.now().plusSeconds(199), Instant.now().plusSeconds(203));
	}

	@Test
	void aReconcileBackAtItsTurnGoesAndANewcomerQueuesBehindTheBacklog() {
		bucket.acquire();
		turns.of("gateway:next");
		Instant first = turns.of("gateway:first");
		Instant second = turns.of("gateway:second");
		assertThat(turns.of("gateway:first")).as("back at its turn: it goes").isNull();
		assertThat(turns.of("gateway:newcomer")).as("behind the turns already given").isAfter(second);
		assertThat(first).isBefore(second);
	}

	@Test
	void aTurnGivenAheadAtAFreeQuotaGoesNowAndKeepsItsSlotForItsReconcile() {
		assertThat(turns.ahead("gateway:declared")).as("nothing waits: queued now").isNull();
		assertThat(turns.ahead("gateway:next")).as("the next slot is within one: queued now too").isNull();
		assertThat(turns.ahead("gateway:third")).as("two slots given: the third is queued for its turn").isNotNull();
		assertThat(turns.of("gateway:declared")).as("its reconcile calls at once, in the slot it was given").isNull();
		assertThat(turns.of("gateway:next")).isNull();
		assertThat(turns.of("gateway:newcomer")).as("behind the three").isAfter(Instant.now().plusSeconds(4));
	}

	@Test
	void aTurnGivenAheadBehindABacklogIsTheNextSlotAndTheReconcileGoesAtIt() {
		bucket.acquire();
		turns.of("gateway:next");
		Instant queued = turns.of("gateway:queued");
		Instant declared = turns.ahead("gateway:declared");
		assertThat(declared).isEqualTo(queued.plusSeconds(2));
		assertThat(turns.ahead("gateway:declared")).as("given once: a second declaration event takes no other").isNull();
		assertThat(turns.of("gateway:later")).as("behind the turn given ahead").isEqualTo(declared.plusSeconds(2));
		assertThat(turns.of("gateway:declared")).as("back at its turn: it goes").isNull();
	}

	@Test
	void noQuotaMeansNoTurns() {
		RateLimits.TokenBucket unlimited = new RateLimits.TokenBucket(0);
		RateLimits.Turns none = new RateLimits.Turns(unlimited, 0);
		assertThat(none.of("gateway:a")).isNull();
		assertThat(none.of("gateway:a")).isNull();
	}

}
