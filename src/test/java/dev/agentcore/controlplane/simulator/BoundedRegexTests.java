package dev.agentcore.controlplane.simulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The simulator's failure pattern ends in bounded time, whatever it is (issue #11). */
class BoundedRegexTests {

	@Test
	void ordinaryPatternsMatchAsUsual() {
		assertThat(BoundedRegex.find("^Doomed", "Doomed-1")).isTrue();
		assertThat(BoundedRegex.find("^Doomed", "Fine-1")).isFalse();
		assertThat(BoundedRegex.backtracksCatastrophically("^Doomed-[0-9]+$")).isFalse();
	}

	@Test
	void catastrophicPatternsAreSpottedAndBounded() {
		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
			assertThat(BoundedRegex.backtracksCatastrophically("((a+)+)+b")).isTrue();
			assertThat(BoundedRegex.backtracksCatastrophically("((\\w+)+)+#")).isTrue();
			assertThat(BoundedRegex.find("((x+)+)+y", "x".repeat(48))).isFalse();
		});
	}

}
