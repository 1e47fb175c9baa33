package dev.agentcore.controlplane;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
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

	WritesAtCommitTransactionManager(DataSource dataSource) {
		super(dataSource);
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
			Connection connection = holder(status.getTransaction()).getConnection();
			try {
				send(connection, pending.sql(COMMIT), pending.parameters());
			}
			catch (SQLException ex) {
				throw translateException("JDBC commit of pending writes", ex);
			}
		}
		super.doCommit(status);
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		PendingWrites.unbind(holder(transaction));
		super.doCleanupAfterCompletion(transaction);
	}

	private void send(Connection connection, String sql, Object[] parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			DataSourceUtils.applyTransactionTimeout(statement, obtainDataSource());
			for (int i = 0; i < parameters.length; i++) {
				StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, parameters[i]);
			}
			statement.execute();
		}
	}

	private static ConnectionHolder holder(Object transaction) {
		return ((JdbcTransactionObjectSupport) transaction).getConnectionHolder();
	}

}
