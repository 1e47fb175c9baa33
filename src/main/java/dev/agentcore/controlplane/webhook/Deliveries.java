package dev.agentcore.controlplane.webhook;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of every delivery attempt. */
@Component
class Deliveries {

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int attemptsSoFar(UUID webhookId, long eventId) {
		return jdbc.sql("select count(*) from webhook_deliveries where webhook_id = ? and event_id = ?")
			.params(webhookId, eventId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Records an attempt of a webhook that still exists; false when it does not. The check is in the
	 * insert itself, and a delete committed between the check and the foreign key's own check (the
	 * delete waits for nothing) is caught as the same answer.
	 */
	boolean record(UUID webhookId, DeliveryResponse attempt) {
		try {
			return insert(webhookId, attempt) == 1;
		}
		catch (DataIntegrityViolationException ex) {
			if (exists(webhookId)) {
				throw ex;
			}
			return false;
		}
	}

	private boolean exists(UUID webhookId) {
		return jdbc.sql("select exists (select 1 from webhooks where id = ?)").param(webhookId).query(Boolean.class).single();
	}

	private int insert(UUID webhookId, DeliveryResponse attempt) {
		return jdbc.sql("""
				insert into webhook_deliveries (webhook_id, message_id, event_id, event_type, attempt, at, status_code,
				  duration_ms, outcome, error)
				select ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where exists (select 1 from webhooks where id = ?)""")
			.params(webhookId, attempt.messageId(), attempt.eventId(), attempt.eventType(), attempt.attempt(),
					Timestamp.from(attempt.at()), attempt.statusCode(), attempt.durationMs(), attempt.outcome().name(),
					attempt.error(), webhookId)
			.update();
	}

	/** A webhook's attempts, newest first, below {@code before} when given. */
	List<DeliveryResponse> newestFirst(UUID webhookId, Long before, int limit) {
		return jdbc.sql("""
				select id, message_id, event_id, event_type, attempt, at, status_code, duration_ms, outcome, error
				from webhook_deliveries where webhook_id = ? and (cast(? as bigint) is null or id < ?)
				order by id desc limit ?""")
			.params(webhookId, before, before, limit)
			.query((rs, n) -> new DeliveryResponse(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(), (Integer) rs.getObject(7), rs.getLong(8),
					DeliveryResponse.Outcome.valueOf(rs.getString(9)), rs.getString(10)))
			.list();
	}

}
