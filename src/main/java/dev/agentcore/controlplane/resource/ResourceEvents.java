package dev.agentcore.controlplane.resource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.WritesAtCommit;

/**
 * The history of every managed resource, appended to by the API and the provisioner in the
 * caller's transaction, so that history and state never disagree. A history is read by scope: a
 * gateway's history holds its targets' events too. An event is written with the transaction's COMMIT
 * ({@link WritesAtCommit}); a read in that transaction sends it first.
 */
@Component
public class ResourceEvents {

	public static final String PROVISIONER = "provisioner";

	private final JdbcClient jdbc;

	private final WritesAtCommit writes;

	ResourceEvents(JdbcClient jdbc, WritesAtCommit writes) {
		this.jdbc = jdbc;
		this.writes = writes;
	}

	public void record(ResourceRef ref, EventType type, String message, String actor, String awsRequestId) {
		writes.write("""
				insert into resource_events (scope_id, team, at, resource_type, resource_id, type, message, actor, aws_request_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", ref.scopeId(), ref.team(), Timestamp.from(Instant.now()),
				ref.type().name(), ref.id(), type.name(), message, actor, awsRequestId);
	}

	/** A scope's history, newest first, starting below {@code before} (exclusive) when given. */
	public List<ResourceEvent> newestFirst(UUID scopeId, Long before, int limit) {
		writes.sendPending();
		return jdbc.sql("""
				select id, at, resource_type, resource_id, type, message, actor, aws_request_id from resource_events
				where scope_id = ? and (cast(? as bigint) is null or id < ?)
				order by id desc limit ?""")
			.params(scopeId, before, before, limit)
			.query((rs, n) -> new ResourceEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					ResourceType.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), EventType.valueOf(rs.getString(5)),
					rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	/** One resource's own events in its scope's history, newest first, below {@code before} when given. */
	public List<ResourceEvent> newestFirstOf(ResourceRef ref, Long before, int limit) {
		writes.sendPending();
		return jdbc.sql("""
				select id, at, resource_type, resource_id, type, message, actor, aws_request_id from resource_events
				where scope_id = ? and resource_id = ? and (cast(? as bigint) is null or id < ?)
				order by id desc limit ?""")
			.params(ref.scopeId(), ref.id(), before, before, limit)
			.query((rs, n) -> new ResourceEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					ResourceType.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), EventType.valueOf(rs.getString(5)),
					rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

}
