package dev.agentcore.controlplane.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.WritesAtCommit;
import dev.agentcore.controlplane.resource.ResourceType;

/** Reads the audit trail by keyset: newest first for pages, oldest first for the export. */
@Component
class AuditRecords {

	private static final String FILTERED = """
			select id, at, actor_subject, actor_client_id, actor_team, actor_admin, request_id, action, resource_type,
			  resource_id, team, patch::text, outcome, details::text
			from audit_records
			where (cast(? as text) is null or team = ?)
			  and (cast(? as text) is null or actor_subject = ?)
			  and (cast(? as text) is null or resource_type = ?)
			  and (cast(? as uuid) is null or resource_id = ?)
			  and (cast(? as timestamptz) is null or at >= ?)
			  and (cast(? as timestamptz) is null or at < ?)
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final WritesAtCommit writes;

	AuditRecords(JdbcClient jdbc, JsonMapper json, WritesAtCommit writes) {
		this.jdbc = jdbc;
		this.json = json;
		this.writes = writes;
	}

	/** Up to {@code limit} records older than {@code before} (all when null), newest first. */
	List<AuditRecord> newestFirst(AuditQuery query, Long before, int limit) {
		writes.sendPending();
		return jdbc.sql(FILTERED + " and (cast(? as bigint) is null or id < ?) order by id desc limit ?")
			.params(parameters(query, before, limit))
			.query(this::record)
			.list();
	}

	/** Up to {@code limit} records newer than {@code after}, oldest first. */
	List<AuditRecord> oldestFirst(AuditQuery query, long after, int limit) {
		writes.sendPending();
		return jdbc.sql(FILTERED + " and (cast(? as bigint) is null or id > ?) order by id limit ?")
			.params(parameters(query, after, limit))
			.query(this::record)
			.list();
	}

	private static Object[] parameters(AuditQuery query, Long bound, int limit) {
		String type = query.resourceType() == null ? null : query.resourceType().name();
		Timestamp from = query.from() == null ? null : Timestamp.from(query.from());
		Timestamp to = query.to() == null ? null : Timestamp.from(query.to());
		return new Object[] { query.team(), query.team(), query.actor(), query.actor(), type, type, query.resourceId(),
				query.resourceId(), from, from, to, to, bound, bound, limit };
	}

	private AuditRecord record(ResultSet rs, int row) throws SQLException {
		Instant at = rs.getTimestamp(2).toInstant();
		return new AuditRecord(rs.getLong(1), at,
				new AuditRecord.Actor(rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)), rs.getString(7),
				rs.getString(8), new AuditRecord.Resource(ResourceType.valueOf(rs.getString(9)), rs.getObject(10, UUID.class),
						rs.getString(11)),
				List.of(json.readValue(rs.getString(12), AuditRecord.PatchOperation[].class)), rs.getString(13),
				rs.getString(14) == null ? null : json.readValue(rs.getString(14), AuditRecord.RequestedToken.class));
	}

}
