package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import dev.agentcore.controlplane.resource.RecordingEvents;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.StatusColumns;
import dev.agentcore.controlplane.resource.StatusTable;
import dev.agentcore.controlplane.resource.StatusUpdate;

/**
 * A database for plain tests of the reconcile skeleton: status statements (the SQL {@link StatusColumns}
 * builds) and events are kept in order, committed when their transaction completes and dropped when it
 * throws; a write outside any transaction is noted, so tests can insist there is none.
 */
final class FakeStore implements TransactionOperations {

	/** A write, as "sql [values]" or "EVENT_TYPE: message". */
	final List<String> committed = new ArrayList<>();

	/** Writes made outside a transaction. */
	final List<String> outsideTransactions = new ArrayList<>();

	/** How many transactions committed. */
	int commits;

	/** Fails the status statement of the next transaction whose SQL contains this, once. */
	String failStatementContaining;

	boolean removed;

	private List<String> pending;

	final ResourceEvents events = new RecordingEvents(this::keep);

	final ThingStatus status = new ThingStatus();

	/** Bumped by a test to stand for a change (a PUT) while a reconcile runs. */
	String changeMarker = "generation 1";

	/** The fake kind's status columns: the SQL {@link StatusColumns} builds, kept instead of sent. */
	final class ThingStatus extends StatusColumns {

		ThingStatus() {
			super(null, JsonMapper.builder().build(), new StatusTable("things", "aws_thing_id", "aws_thing_arn", null, List.of()));
		}

		/** A column only this kind has, written like a managed Cognito client record. */
		StatusUpdate.ColumnWrite stepDone(String step) {
			return write("step_done = ?", step);
		}

		@Override
		protected void update(String assignments, UUID id, Object... values) {
			if (failStatementContaining != null && assignments.contains(failStatementContaining)) {
				failStatementContaining = null;
				throw new IllegalStateException("fault injected into: " + assignments);
			}
			FakeStore.this.keep(assignments + " " + Arrays.toString(values));
		}

		@Override
		public void commitWithoutWaitingForDisk() {
			FakeStore.this.keep("synchronous_commit off");
		}

		@Override
		public void remove(UUID id) {
			FakeStore.this.keep("delete");
			removed = true;
		}

		@Override
		public String changeMarker(UUID id) {
			return changeMarker;
		}

	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (pending != null) {
			throw new IllegalStateException("transactions do not nest in the skeleton");
		}
		pending = new ArrayList<>();
		try {
			T result = action.doInTransaction(new SimpleTransactionStatus());
			committed.addAll(pending);
			commits++;
			return result;
		}
		finally {
			pending = null;
		}
	}

	/** Whether a committed write contains {@code text}. */
	boolean holds(String text) {
		return committed.stream().anyMatch(write -> write.contains(text));
	}

	int indexOf(String text) {
		for (int i = 0; i < committed.size(); i++) {
			if (committed.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private void keep(String write) {
		if (pending == null) {
			outsideTransactions.add(write);
			committed.add(write);
		}
		else {
			pending.add(write);
		}
	}

}
