package dev.agentcore.controlplane.gateway;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of a gateway and its targets, appended to by the API and the provisioner, in the
 * caller's transaction so that history and state never disagree.
 */
@Component
public class GatewayEvents {

	public static final String PROVISIONER = "provisioner";

	private final JdbcClient jdbc;

	GatewayEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(UUID gatewayId, ResourceType resourceType, UUID resourceId, EventType type, String message,
			String actor, String awsRequestId) {
		jdbc.sql("""
				insert into gateway_events (gateway_id, at, resource_type, resource_id, type, message, actor, aws_request_id)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(gatewayId, Timestamp.from(Instant.now()), resourceType.name(), resourceId, type.name(), message, actor,
					awsRequestId)
			.update();
	}

	/** Newest first, starting below {@code before} (exclusive) when given. */
	List<GatewayEvent> newestFirst(UUID gatewayId, Long before, int limit) {
		return jdbc.sql("""
				select id, at, resource_type, resource_id, type, message, actor, aws_request_id from gateway_events
				where gateway_id = ? and (cast(? as bigint) is null or id < ?)
				order by id desc limit ?""")
			.params(gatewayId, before, before, limit)
			.query((rs, n) -> new GatewayEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(),
					ResourceType.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), EventType.valueOf(rs.getString(5)),
					rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

}
