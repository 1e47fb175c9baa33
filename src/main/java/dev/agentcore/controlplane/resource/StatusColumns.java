package dev.agentcore.controlplane.resource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Targeted writes of the status columns every managed resource has. Only the provisioner (and a
 * deletion request's phase) writes them, never the aggregate's save, so spec and status never
 * overwrite each other and the ETag (version) changes only with the spec. Each kind of resource
 * has one subclass in its own module; writes of other columns stay there ({@link #update}).
 */
public abstract class StatusColumns {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final StatusTable table;

	protected StatusColumns(JdbcClient jdbc, JsonMapper json, StatusTable table) {
		this.jdbc = jdbc;
		this.json = json;
		this.table = table;
	}

	/** The kind's table (made from the {@code managed_resource_columns} template). */
	public String table() {
		return table.table();
	}

	/** How many resources of this kind are in {@code phase} now (for the metrics). */
	public long count(Phase phase) {
		return jdbc.sql("select count(*) from " + table.table() + " where phase = ?")
			.param(phase.name())
			.query(Long.class)
			.single();
	}

	/** Writes everything one reconcile decided, as one statement. */
	public void apply(UUID id, StatusUpdate change) {
		if (!change.statusIsEmpty()) {
			applyStatus(id, change);
		}
		change.columns.forEach(write -> update(write.assignments, id, write.values));
	}

	private void applyStatus(UUID id, StatusUpdate change) {
		List<String> sets = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		if (change.phase != null) {
			sets.add("last_transition_at = case when phase = ? then coalesce(last_transition_at, created_at) else ? end");
			sets.add("phase = ?");
			values.add(change.phase.name());
			values.add(now);
			values.add(change.phase.name());
		}
		if (change.messageSet) {
			set(sets, values, "status_message", change.message);
		}
		if (change.readyGeneration != null) {
			sets.add("observed_generation = greatest(observed_generation, ?)");
			values.add(change.readyGeneration);
			sets.add("last_error = null, attempts = 0, next_attempt_at = null");
		}
		if (change.error != null) {
			set(sets, values, "last_error = cast(? as jsonb)", json.writeValueAsString(change.error));
			if (change.terminal) {
				sets.add("attempts = attempts + 1, next_attempt_at = null");
			}
			else {
				set(sets, values, "attempts", change.attempts);
				set(sets, values, "next_attempt_at", Timestamp.from(change.nextAttemptAt));
			}
		}
		if (change.forgetIdentity) {
			table.identityColumns().forEach(column -> sets.add(column + " = null"));
			table.alsoClearedWithIdentity().forEach(column -> sets.add(column + " = null"));
			sets.add("aws_status = null, aws_status_reasons = '{}', create_token = null, create_pending_at = null");
		}
		if (change.identity != null) {
			StatusUpdate.AwsIdentity identity = change.identity;
			set(sets, values, table.idColumn(), identity.id());
			if (table.arnColumn() != null) {
				set(sets, values, table.arnColumn(), identity.arn());
			}
			if (table.urlColumn() != null) {
				set(sets, values, table.urlColumn(), identity.url());
			}
			sets.add("create_pending_at = null");
		}
		if (change.awsStatus != null) {
			set(sets, values, "aws_status", change.awsStatus);
			set(sets, values, "aws_status_reasons", change.awsStatusReasons.toArray(String[]::new));
		}
		if (change.reconciledAt != null) {
			set(sets, values, "last_reconciled_at", Timestamp.from(change.reconciledAt));
		}
		update(String.join(", ", sets), id, values.toArray());
	}

	/** Moves to {@code phase} outside a reconcile (a deletion request). */
	public void phase(UUID id, Phase phase, String message) {
		apply(id, new StatusUpdate().phase(phase, message));
	}

	/** A resource just saved with its deletion requested: its phase says what the deletion does. Returns it. */
	public <A extends ManagedResource<A>> A deleting(A saved, String message) {
		phase(saved.id(), Phase.DELETING, message);
		return saved;
	}

	/** Written, and committed (a checkpoint of the reconcile), before an AWS create call that carries {@code token}. */
	public static StatusUpdate.ColumnWrite createPending(String token) {
		return write("create_token = ?, create_pending_at = ?", token, Timestamp.from(Instant.now()));
	}

	/** A write of this table's own columns, applied with a {@link StatusUpdate} ({@link StatusUpdate#also}). */
	protected static StatusUpdate.ColumnWrite write(String assignments, Object... values) {
		return new StatusUpdate.ColumnWrite(assignments, values);
	}

	/** Asks the provisioner to run again even if it is running now (see {@link #changeMarker}). */
	public void requestReconcile(UUID id) {
		update("reconcile_requested_at = ?", id, Timestamp.from(Instant.now()));
	}

	/**
	 * What changes when someone asks for work on the resource: its spec, a deletion or a
	 * reconcile request. The provisioner compares it before and after a run to requeue at once.
	 */
	public String changeMarker(UUID id) {
		return jdbc.sql("select concat(updated_at, '|', deletion_requested_at, '|', reconcile_requested_at) from "
				+ table.table() + " where id = ?").param(id).query(String.class).optional().orElse("gone");
	}

	/**
	 * Lets the current transaction commit without waiting for PostgreSQL to flush it to disk (an application crash
	 * never loses it; only a crash of the database within a fraction of a second can): for a write that a later pass
	 * finds again if it is lost. A later commit that waits for the disk flushes it too, in order.
	 */
	public void commitWithoutWaitingForDisk() {
		jdbc.sql("set local synchronous_commit to off").update();
	}

	/** Removes the row once AWS confirmed the deletion. */
	public void remove(UUID id) {
		jdbc.sql("delete from " + table.table() + " where id = ?").param(id).update();
	}

	/** Updates columns of this table that only its own module knows, with the id as last parameter. */
	protected void update(String assignments, UUID id, Object... values) {
		Object[] parameters = new Object[values.length + 1];
		System.arraycopy(values, 0, parameters, 0, values.length);
		parameters[values.length] = id;
		jdbc.sql("update " + table.table() + " set " + assignments + " where id = ?").params(parameters).update();
	}

	private static void set(List<String> sets, List<Object> values, String assignment, Object value) {
		sets.add(assignment.contains("?") ? assignment : assignment + " = ?");
		values.add(value);
	}

}
