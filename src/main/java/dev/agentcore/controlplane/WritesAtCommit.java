package dev.agentcore.controlplane;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that nothing in their transaction reads afterwards, sent with its COMMIT in one round trip rather than one
 * round trip each: a resource's history events, its audit records, its queued reconcile. A POST was six round trips to
 * PostgreSQL and is three now; PostgreSQL's CPU per round trip was most of its CPU per POST (issue #27).
 * <p>
 * Order among these writes is kept; relative to the transaction's other statements they come last, so only tables
 * that nothing else in a transaction writes after them may be written this way, and their readers call
 * {@link #sendPending()} first. One write reaches beyond them: a resource declared behind a backlog at the quota is
 * queued with its status message ("waiting for its turn"), so a read of that row later in the declaring transaction
 * (an import's answer) still sees the message it was declared with. A failing write fails the commit, which rolls
 * back. Outside a transaction of {@link WritesAtCommitTransactionManager} a write runs at once.
 */
@Component
public class WritesAtCommit {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	WritesAtCommit(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** One statement with positional parameters, without a trailing semicolon. */
	public void write(String sql, Object... parameters) {
		PendingWrites pending = pending();
		if (pending == null) {
			jdbc.sql(sql).params(parameters).update();
		}
		else {
			pending.add(sql, parameters);
		}
	}

	/** Sends the current transaction's pending writes now (one round trip), for a reader of the tables they write. */
	public void sendPending() {
		PendingWrites pending = pending();
		if (pending != null && !pending.isEmpty()) {
			String sql = pending.sql(null);
			Object[] parameters = pending.parameters();
			pending.clear();
			jdbc.sql(sql).params(parameters).update();
		}
	}

	private PendingWrites pending() {
		return PendingWrites.of((ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource));
	}

}
