package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backlog placed in another account and region takes turns at that placement's quota, as the own account's does
 * at its own (issue 26): its reconciles come back at their slots instead of holding reconcile threads asleep in the
 * placement's bucket while the rest of its backlog spins through the queue; other placements and the own account
 * are not behind it.
 */
class PlacedQuotaTurnsTests {

	static final AwsPlacement.Target THERE = new AwsPlacement.Target("210987654321", "eu-west-1",
			"arn:aws:iam::210987654321:role/AgentCoreControlPlaneAccess", "local-external-id");

	static final AwsPlacement.Target ELSEWHERE = new AwsPlacement.Target("310987654321", "eu-west-1",
			"arn:aws:iam::310987654321:role/AgentCoreControlPlaneAccess", "local-external-id");

	/** A quota of 0.5 changes a second: two seconds a slot, well above a busy machine's pauses. */
	final RateLimits limits = new RateLimits(new ProvisioningSettings(true, 8, Duration.ofSeconds(2),
			Duration.ofSeconds(15), 4, Duration.ofMinutes(10), Duration.ofMillis(10), Duration.ofSeconds(1),
			Duration.ofMinutes(5), 0.5, 10, 5, Duration.ofMinutes(1), true), null);

	@Test
	void aPlacedBacklogGetsOneSlotEachAtItsPlacementsQuota() {
		List<Instant> given = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String instance = "gateway:" + i;
			given.add(AwsPlacement.within(THERE, () -> limits.mutatingTurn(instance)));
		}
		assertThat(given.subList(0, 2)).as("a free quota and the next slot: go now").containsOnlyNulls();
		List<Instant> later = given.subList(2, given.size());
		assertThat(later).doesNotContainNull().isSorted();
		for (int i = 1; i < later.size(); i++) {
			assertThat(Duration.between(later.get(i - 1), later.get(i))).isEqualTo(Duration.ofSeconds(2));
		}
		assertThat(AwsPlacement.within(THERE, () -> limits.mutatingTurn("gateway:2"))).as("back at its turn: it goes")
			.isNull();
	}

	@Test
	void anotherPlacementAndTheOwnAccountAreNotBehindIt() {
		for (int i = 0; i < 10; i++) {
			String instance = "gateway:" + i;
			AwsPlacement.within(THERE, () -> limits.mutatingTurn(instance));
		}
		assertThat(AwsPlacement.within(ELSEWHERE, () -> limits.mutatingTurn("gateway:elsewhere"))).isNull();
		assertThat(limits.mutatingTurn("gateway:own")).isNull();
	}

}
