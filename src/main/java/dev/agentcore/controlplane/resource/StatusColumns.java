package dev.agentcore.controlplane.resource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Targeted updates of the status columns that gateways and targets share. Only the provisioner
 * (and a deletion request's phase) writes them, never the aggregate's save, so spec and status
 * never overwrite each other and the ETag (version) changes only with the spec.
 */
public class StatusColumns {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final String table;

	public StatusColumns(JdbcClient jdbc, JsonMapper json, String table) {
		this.jdbc = jdbc;
		this.json = json;
		this.table = table;
	}

	/** Moves to {@code phase}; the transition time changes only when the phase does. */
	public void phase(UUID id, Phase phase, String message) {
		update("""
				last_transition_at = case when phase = ? then coalesce(last_transition_at, created_at) else ? end,
				phase = ?, status_message = ?""", id, phase.name(), now(), phase.name(), message);
	}

	/** The latest generation is in AWS and AWS says READY. */
	public void ready(UUID id, long observedGeneration, String message) {
		update("""
				last_transition_at = case when phase = 'READY' then coalesce(last_transition_at, created_at) else ? end,
				phase = 'READY', observed_generation = greatest(observed_generation, ?), status_message = ?,
				last_error = null, attempts = 0, next_attempt_at = null""", id, now(), observedGeneration, message);
	}

	/** A terminal failure: the provisioner stops until the spec changes or a reconcile is requested. */
	public void failed(UUID id, ProvisioningError error, String message) {
		update("""
				last_transition_at = case when phase = 'FAILED' then last_transition_at else ? end,
				phase = 'FAILED', status_message = ?, last_error = cast(? as jsonb), attempts = attempts + 1,
				next_attempt_at = null""", id, now(), message, json.writeValueAsString(error));
	}

	/** A retryable failure: the phase stays, the next attempt is scheduled. */
	public void retrying(UUID id, ProvisioningError error, int attempts, Instant nextAttemptAt, String message) {
		update("status_message = ?, last_error = cast(? as jsonb), attempts = ?, next_attempt_at = ?", id, message,
				json.writeValueAsString(error), attempts, Timestamp.from(nextAttemptAt));
	}

	public void message(UUID id, String message) {
		update("status_message = ?", id, message);
	}

	public void awsStatus(UUID id, String status, List<String> reasons) {
		update("aws_status = ?, aws_status_reasons = ?", id, status, reasons.toArray(String[]::new));
	}

	/** Written, and committed, before an AWS create call that carries {@code token}. */
	public void createPending(UUID id, String token) {
		update("create_token = ?, create_pending_at = ?", id, token, now());
	}

	/** Asks the provisioner to run again even if it is running now (see {@link #changeMarker}). */
	public void requestReconcile(UUID id) {
		update("reconcile_requested_at = ?", id, now());
	}

	/**
	 * What changes when someone asks for work on the resource: its spec, a deletion or a
	 * reconcile request. The provisioner compares it before and after a run to requeue at once.
	 */
	public String changeMarker(UUID id) {
		return jdbc.sql("select concat(updated_at, '|', deletion_requested_at, '|', reconcile_requested_at) from " + table
				+ " where id = ?").param(id).query(String.class).optional().orElse("gone");
	}

	public void reconciled(UUID id) {
		update("last_reconciled_at = ?", id, now());
	}

	/** Removes the row once AWS confirmed the deletion. */
	public void remove(UUID id) {
		jdbc.sql("delete from " + table + " where id = ?").param(id).update();
	}

	/** Runs an update of this table's own columns (AWS identity), with the id as last parameter. */
	public void update(String assignments, UUID id, Object... values) {
		Object[] parameters = new Object[values.length + 1];
		System.arraycopy(values, 0, parameters, 0, values.length);
		parameters[values.length] = id;
		jdbc.sql("update " + table + " set " + assignments + " where id = ?").params(parameters).update();
	}

	private static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

}
