package dev.agentcore.controlplane.webhook;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.EventType;

/** All webhooks, of every team, and their encrypted secrets. */
@Component
class Webhooks {

	private static final String COLUMNS = """
			select id, team, url, description, event_types, enabled, disabled_reason, failing_since, version, created_at,
			  updated_at, created_by from webhooks""";

	private final JdbcClient jdbc;

	Webhooks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Webhook webhook, byte[] sealedSecret) {
		jdbc.sql("""
				insert into webhooks (id, team, url, description, event_types, secret, enabled, version, created_at,
				  updated_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(webhook.id(), webhook.team(), webhook.url(), webhook.description(), types(webhook.eventTypes()),
					sealedSecret, webhook.enabled(), webhook.version(), Timestamp.from(webhook.createdAt()),
					Timestamp.from(webhook.updatedAt()), webhook.createdBy())
			.update();
	}

	/** Replaces what a team declares; false when the version moved on meanwhile. */
	boolean replace(Webhook webhook, int expectedVersion) {
		return jdbc.sql("""
				update webhooks set url = ?, description = ?, event_types = ?, enabled = ?, disabled_reason = ?,
				  failing_since = ?, version = version + 1, updated_at = ?
				where id = ? and version = ?""")
			.params(webhook.url(), webhook.description(), types(webhook.eventTypes()), webhook.enabled(),
					webhook.disabledReason(), webhook.failingSince() == null ? null : Timestamp.from(webhook.failingSince()),
					Timestamp.from(webhook.updatedAt()), webhook.id(), expectedVersion)
			.update() == 1;
	}

	/**
	 * How many webhooks the team has, counted while holding the team's lock for the rest of the
	 * transaction, so concurrent creations cannot both pass a limit.
	 */
	int countLockingTeam(String team) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('webhooks'), hashtext(?))").param(team).query((rs, n) -> 1).list();
		return jdbc.sql("select count(*) from webhooks where team = ?").param(team).query(Integer.class).single();
	}

	void delete(UUID id) {
		jdbc.sql("delete from webhooks where id = ?").param(id).update();
	}

	Optional<Webhook> find(UUID id) {
		return jdbc.sql(COLUMNS + " where id = ?").param(id).query(Webhooks::webhook).optional();
	}

	byte[] sealedSecret(UUID id) {
		return jdbc.sql("select secret from webhooks where id = ?").param(id).query(byte[].class).single();
	}

	List<Webhook> page(String team, UUID after, int limit) {
		return jdbc.sql(COLUMNS
				+ " where (cast(? as text) is null or team = ?) and (cast(? as uuid) is null or id > ?) order by id limit ?")
			.params(team, team, after, after, limit)
			.query(Webhooks::webhook)
			.list();
	}

	List<Webhook> enabledOf(Collection<String> teams) {
		if (teams.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + " where enabled and team in (:teams)").param("teams", teams).query(Webhooks::webhook).list();
	}

	/** A failed delivery: the failure period starts now unless it already runs. Returns when it started. */
	Instant failing(UUID id) {
		return jdbc.sql("update webhooks set failing_since = coalesce(failing_since, now()) where id = ? returning failing_since")
			.param(id)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElseGet(Instant::now);
	}

	void succeeded(UUID id) {
		jdbc.sql("update webhooks set failing_since = null where id = ? and failing_since is not null").param(id).update();
	}

	/** Disables the webhook (not a spec change: the version stays); false if it was not enabled. */
	boolean disable(UUID id, String reason) {
		return jdbc.sql("update webhooks set enabled = false, disabled_reason = ? where id = ? and enabled")
			.params(reason, id)
			.update() == 1;
	}

	private static String[] types(List<EventType> types) {
		return types.stream().map(Enum::name).toArray(String[]::new);
	}

	private static Webhook webhook(ResultSet rs, int row) throws SQLException {
		Timestamp failing = rs.getTimestamp(8);
		return new Webhook(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				eventTypes(rs.getArray(5)), rs.getBoolean(6), rs.getString(7), failing == null ? null : failing.toInstant(),
				rs.getInt(9), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant(), rs.getString(12));
	}

	private static List<EventType> eventTypes(Array array) throws SQLException {
		return array == null ? List.of() : Stream.of((String[]) array.getArray()).map(EventType::valueOf).toList();
	}

}
