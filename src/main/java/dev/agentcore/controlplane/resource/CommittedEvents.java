package dev.agentcore.controlplane.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history in commit order, for readers that follow it (the live stream, the webhook fan-out).
 * Only events whose transaction is older than every transaction still running are returned
 * ({@code tx < pg_snapshot_xmin(pg_current_snapshot())}), so nothing can later commit before the
 * last position a reader saw: resuming after it loses and repeats nothing, even though identity ids
 * are taken at insert time and their transactions commit in any order.
 */
@Component
public class CommittedEvents {

	private static final String COLUMNS = """
			select id, tx::text as tx_text, scope_id, team, at, resource_type, resource_id, type, message, actor, aws_request_id
			from resource_events""";

	/*
	 * Qualified on purpose: a bare "tx" in ORDER BY binds to an output column of that name before the
	 * table's, and "tx::text" is output as "tx", which sorted 10 before 9.
	 */
	private static final String ORDER = "resource_events.tx, resource_events.id";

	private static final String SETTLED = "tx < pg_snapshot_xmin(pg_current_snapshot())";

	private final JdbcClient jdbc;

	CommittedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} settled events after {@code from}, of every team. */
	public List<CommittedEvent> after(EventPosition from, int limit) {
		return jdbc.sql(COLUMNS + " where (tx, id) > (cast(? as xid8), ?) and " + SETTLED + " order by " + ORDER + " limit ?")
			.params(Long.toString(from.tx()), from.id(), limit)
			.query(CommittedEvents::event)
			.list();
	}

	/** Up to {@code limit} settled events of one team after {@code from}. */
	public List<CommittedEvent> after(EventPosition from, String team, int limit) {
		return jdbc.sql(COLUMNS + " where team = ? and (tx, id) > (cast(? as xid8), ?) and " + SETTLED
				+ " order by " + ORDER + " limit ?")
			.params(team, Long.toString(from.tx()), from.id(), limit)
			.query(CommittedEvents::event)
			.list();
	}

	/** The position of the newest settled event: a reader starting here sees what happens from now on. */
	public EventPosition horizon() {
		return jdbc.sql("select tx::text as tx_text, id from resource_events where " + SETTLED
				+ " order by resource_events.tx desc, resource_events.id desc limit 1")
			.query((rs, n) -> new EventPosition(Long.parseLong(rs.getString(1)), rs.getLong(2)))
			.optional()
			.orElse(EventPosition.START);
	}

	/** The position of the event with this id, if there is one. */
	public Optional<EventPosition> positionOf(long eventId) {
		return jdbc.sql("select tx::text as tx_text, id from resource_events where id = ?")
			.param(eventId)
			.query((rs, n) -> new EventPosition(Long.parseLong(rs.getString(1)), rs.getLong(2)))
			.optional();
	}

	/** The event with this id, if there is one. */
	public Optional<CommittedEvent> find(long eventId) {
		return jdbc.sql(COLUMNS + " where id = ?").param(eventId).query(CommittedEvents::event).optional();
	}

	private static CommittedEvent event(ResultSet rs, int row) throws SQLException {
		ResourceEvent event = new ResourceEvent(rs.getLong(1), rs.getTimestamp(5).toInstant(),
				ResourceType.valueOf(rs.getString(6)), rs.getObject(7, UUID.class), EventType.valueOf(rs.getString(8)),
				rs.getString(9), rs.getString(10), rs.getString(11));
		return new CommittedEvent(new EventPosition(Long.parseLong(rs.getString(2)), rs.getLong(1)), event,
				rs.getObject(3, UUID.class), rs.getString(4));
	}

}
