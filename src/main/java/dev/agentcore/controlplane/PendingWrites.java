package dev.agentcore.controlplane;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The writes a transaction has handed to {@link WritesAtCommit} and not sent yet, as one multi-statement text (the
 * PostgreSQL driver sends its statements in one round trip) and its parameters in order. Bound to the transaction's
 * connection by {@link WritesAtCommitTransactionManager}, which sends them with the COMMIT.
 */
final class PendingWrites {

	private final StringBuilder sql = new StringBuilder();

	private final List<Object> parameters = new ArrayList<>();

	private int statements;

	/** The pending writes of the transaction holding {@code holder}; null when it is not one of ours. */
	static PendingWrites of(ConnectionHolder holder) {
		return holder == null ? null : (PendingWrites) TransactionSynchronizationManager.getResource(new Key(holder));
	}

	static void bind(ConnectionHolder holder) {
		Key key = new Key(holder);
		if (!TransactionSynchronizationManager.hasResource(key)) {
			TransactionSynchronizationManager.bindResource(key, new PendingWrites());
		}
	}

	static PendingWrites unbind(ConnectionHolder holder) {
		return holder == null ? null
				: (PendingWrites) TransactionSynchronizationManager.unbindResourceIfPossible(new Key(holder));
	}

	void add(String statement, Object... values) {
		String trimmed = statement.strip();
		if (trimmed.isEmpty() || trimmed.endsWith(";")) {
			throw new IllegalArgumentException("One statement without a trailing semicolon: " + statement);
		}
		if (statements++ > 0) {
			// On a line of its own: a statement's last line may be a comment.
			sql.append("\n;\n");
		}
		sql.append(trimmed);
		Collections.addAll(parameters, values);
	}

	boolean isEmpty() {
		return statements == 0;
	}

	int statements() {
		return statements;
	}

	/** The pending statements, then {@code last} when given, as one text. */
	String sql(String last) {
		return last == null ? sql.toString() : sql + "\n;\n" + last;
	}

	Object[] parameters() {
		return parameters.toArray();
	}

	void clear() {
		sql.setLength(0);
		parameters.clear();
		statements = 0;
	}

	/**
	 * A transaction's key: its connection holder (a new one for every transaction, also one that suspends another;
	 * a holder is equal only to itself).
	 */
	private record Key(ConnectionHolder holder) {
	}

}
