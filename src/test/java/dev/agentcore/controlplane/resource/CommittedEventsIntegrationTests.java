package dev.agentcore.controlplane.resource;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history is read in numeric transaction order: positions whose transaction ids cross a power of
 * ten (9, 10, 99, 100) come out in that order, page after page, and the horizon is the newest.
 */
@SpringBootTest
class CommittedEventsIntegrationTests {

	@Autowired
	CommittedEvents events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesFollowNumericTransactionOrderAcrossPowersOfTen() {
		String team = unique("team");
		// Transaction ids well below any running transaction, so all are settled. Inserted out of order, so neither id nor insertion order can hide a wrong sort.
		long at99 = insert(team, 99);
		long at10 = insert(team, 10);
		long at100 = insert(team, 100);
		long at9 = insert(team, 9);

		List<CommittedEvent> first = events.after(EventPosition.START, team, 2);
		assertThat(first).extracting(event -> event.position().tx()).containsExactly(9L, 10L);
		List<CommittedEvent> second = events.after(first.getLast().position(), team, 2);
		assertThat(second).extracting(event -> event.position().tx()).containsExactly(99L, 100L);
		assertThat(events.after(second.getLast().position(), team, 2)).isEmpty();
		assertThat(List.of(first.get(0).id(), first.get(1).id(), second.get(0).id(), second.get(1).id()))
			.containsExactly(at9, at10, at99, at100);

		// The fan-out reads every team's events: the same order from a position between 10 and 99.
		List<CommittedEvent> everyTeam = events.after(new EventPosition(10, at10), 1000).stream()
			.filter(event -> event.team().equals(team))
			.toList();
		assertThat(everyTeam).extracting(CommittedEvent::id).containsExactly(at99, at100);
	}

	@Test
	void theHorizonIsTheNewestSettledEventNotTheGreatestAsText() {
		String team = unique("team");
		insert(team, 9);
		insert(team, 99);
		long current = jdbc.sql("""
				insert into resource_events (scope_id, team, at, resource_type, resource_id, type, message, actor)
				values (?, ?, now(), 'GATEWAY', ?, 'SPEC_ACCEPTED', 'now', 'test') returning id""")
			.params(UUID.randomUUID(), team, UUID.randomUUID())
			.query(Long.class)
			.single();
		EventPosition newest = events.positionOf(current).orElseThrow();
		assertThat(newest.tx()).isGreaterThan(100);
		// A new stream starts at the horizon: it must not replay the event just written (nor anything before it).
		assertThat(events.horizon()).isGreaterThanOrEqualTo(newest);
	}

	private long insert(String team, long tx) {
		UUID id = UUID.randomUUID();
		return jdbc.sql("""
				insert into resource_events (tx, scope_id, team, at, resource_type, resource_id, type, message, actor)
				values (cast(? as xid8), ?, ?, now(), 'GATEWAY', ?, 'SPEC_ACCEPTED', 'ordering', 'test') returning id""")
			.params(Long.toString(tx), id, team, id)
			.query(Long.class)
			.single();
	}

}
