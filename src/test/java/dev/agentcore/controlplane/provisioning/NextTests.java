package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting for a person: the looks slow down with the wait, between a floor and a ceiling. */
class NextTests {

	static final Duration LEAST = Duration.ofSeconds(30);

	static final Duration MOST = Duration.ofMinutes(5);

	@Test
	void aWaitJustBegunLooksAgainAfterTheLeast() {
		assertThat(in(Next.afterWaiting(null, LEAST, MOST))).isBetween(Duration.ofSeconds(29), LEAST);
	}

	@Test
	void aLongerWaitLooksAgainAfterAsLongAsItHasWaited() {
		Duration next = in(Next.afterWaiting(Instant.now().minus(Duration.ofMinutes(2)), LEAST, MOST));
		assertThat(next).isBetween(Duration.ofSeconds(119), Duration.ofSeconds(121));
	}

	@Test
	void aVeryLongWaitLooksAgainAfterTheMost() {
		assertThat(in(Next.afterWaiting(Instant.now().minus(Duration.ofHours(3)), LEAST, MOST)))
			.isBetween(Duration.ofSeconds(299), MOST);
	}

	private static Duration in(Next next) {
		return Duration.between(Instant.now(), next.at());
	}

}
