package dev.agentcore.controlplane;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Boot's JDBC transaction manager, which also sends a transaction's {@link WritesAtCommit} with its COMMIT: the
 * writes and the COMMIT are one multi-statement round trip, after which the driver knows the transaction ended and
 * the manager's own commit sends nothing more (the PostgreSQL driver commits only a transaction still open).
 */
class WritesAtCommitTransactionManager extends JdbcTransactionManager {

	static final String COMMIT = "commit";

	private final JdbcTemplate jdbc;

	WritesAtCommitTransactionManager(DataSource dataSource) {
		super(dataSource);
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		PendingWrites.bind(holder(transaction));
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		PendingWrites pending = PendingWrites.unbind(holder(status.getTransaction()));
		if (pending != null && !pending.isEmpty()) {
			// The transaction's own connection (still bound), under its timeout, failures translated.
			jdbc.update(pending.sql(COMMIT), pending.parameters());
		}
		super.doCommit(status);
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		PendingWrites.unbind(holder(transaction));
		super.doCleanupAfterCompletion(transaction);
	}

	private static ConnectionHolder holder(Object transaction) {
		return ((JdbcTransactionObjectSupport) transaction).getConnectionHolder();
	}

}
