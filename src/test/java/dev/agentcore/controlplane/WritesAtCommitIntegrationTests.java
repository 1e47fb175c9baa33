package dev.agentcore.controlplane;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link WritesAtCommit} on real PostgreSQL through the driver that ships: writes held until the commit and sent with
 * it in one round trip, in order, rolled back with their transaction, failing the commit when one fails, visible to a
 * reader that sends them first, and run at once outside a transaction.
 */
class WritesAtCommitIntegrationTests {

	private static TestDatabase.Connection database;

	/** The SQL of every statement the driver was asked to prepare. */
	private final List<String> prepared = new ArrayList<>();

	/** The driver's transaction state whenever it was asked to commit. */
	private final List<TransactionState> commits = new ArrayList<>();

	private DataSource dataSource;

	private JdbcClient jdbc;

	private WritesAtCommit writes;

	private TransactionTemplate transactions;

	@BeforeAll
	static void database() throws SQLException {
		database = TestDatabase.isolated("writes_at_commit");
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password())) {
			connection.createStatement().execute("create table written (id serial primary key, name text not null unique)");
		}
	}

	@BeforeEach
	void wire() {
		DriverManagerDataSource driver = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		dataSource = new DelegatingDataSource(driver) {
			@Override
			public Connection getConnection() throws SQLException {
				return counting(super.getConnection());
			}
		};
		jdbc = JdbcClient.create(dataSource);
		writes = new WritesAtCommit(jdbc, dataSource);
		transactions = new TransactionTemplate(new WritesAtCommitTransactionManager(dataSource));
		jdbc.sql("truncate written").update();
		prepared.clear();
		commits.clear();
	}

	@Test
	void writesAreHeldUntilTheCommitAndSentWithItInOneRoundTripInOrder() {
		transactions.executeWithoutResult(tx -> {
			writes.write("insert into written (name) values (?)", "first");
			writes.write("insert into written (name) values (?)", "second");
			writes.write("update written set name = name || ? where name = ?", "-updated", "first");
			assertThat(count()).as("nothing sent before the commit").isZero();
		});
		assertThat(names()).containsExactly("first-updated", "second");
		List<String> sent = prepared.stream().filter(sql -> sql.contains("written (name)") || sql.contains("set name")).toList();
		assertThat(sent).as("the three writes and the COMMIT as one statement text").hasSize(1);
		assertThat(sent.getFirst()).endsWith(";\ncommit");
		assertThat(commits).as("the manager's commit found the transaction ended: the driver sends nothing more")
			.containsExactly(TransactionState.IDLE);
	}

	@Test
	void aRolledBackTransactionWritesNothing() {
		transactions.executeWithoutResult(tx -> {
			writes.write("insert into written (name) values (?)", "kept?");
			tx.setRollbackOnly();
		});
		assertThat(count()).isZero();
	}

	@Test
	void aFailingWriteFailsTheCommitAndRollsBackTheTransactionsOtherWrites() {
		jdbc.sql("insert into written (name) values ('taken')").update();
		// One connection for both transactions: the one the failed commit used must be usable again.
		SingleConnectionDataSource single = new SingleConnectionDataSource(database.url(), database.username(),
				database.password(), true);
		try {
			WritesAtCommit onOne = new WritesAtCommit(JdbcClient.create(single), single);
			TransactionTemplate transactionsOnOne = new TransactionTemplate(new WritesAtCommitTransactionManager(single));
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> transactionsOnOne.executeWithoutResult(tx -> {
				JdbcClient.create(single).sql("insert into written (name) values ('at once')").update();
				onOne.write("insert into written (name) values (?)", "held");
				onOne.write("insert into written (name) values (?)", "taken");
			})).withMessageContaining("written_name_key");
			assertThat(names()).containsExactly("taken");
			transactionsOnOne.executeWithoutResult(tx -> onOne.write("insert into written (name) values (?)", "after"));
			assertThat(names()).containsExactly("taken", "after");
		}
		finally {
			single.destroy();
		}
	}

	/** The driver's autosave (a savepoint before each statement, for operators who turn it on) keeps working. */
	@Test
	void theDriversAutosaveStillCommitsTheWrites() {
		DriverManagerDataSource autosaving = new DriverManagerDataSource(database.url()
				+ (database.url().contains("?") ? "&" : "?") + "autosave=always", database.username(), database.password());
		WritesAtCommit onAutosave = new WritesAtCommit(JdbcClient.create(autosaving), autosaving);
		new TransactionTemplate(new WritesAtCommitTransactionManager(autosaving)).executeWithoutResult(tx -> {
			onAutosave.write("insert into written (name) values (?)", "autosaved");
			onAutosave.write("insert into written (name) values (?)", "and committed");
		});
		assertThat(names()).containsExactly("autosaved", "and committed");
	}

	@Test
	void aWriteMadeJustBeforeTheCommitIsSentWithIt() {
		transactions.executeWithoutResult(tx -> TransactionSynchronizationManager
			.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					writes.write("insert into written (name) values (?)", "before commit");
				}
			}));
		assertThat(names()).containsExactly("before commit");
	}

	@Test
	void aReaderThatSendsThemFirstSeesTheTransactionsWrites() {
		Long seen = transactions.execute(tx -> {
			writes.write("insert into written (name) values (?)", "read back");
			writes.write("insert into written (name) values (?)", "and its neighbour");
			writes.sendPending();
			writes.sendPending();
			long sent = count();
			writes.write("insert into written (name) values (?)", "after the read");
			return sent;
		});
		assertThat(seen).isEqualTo(2);
		assertThat(names()).containsExactly("read back", "and its neighbour", "after the read");
	}

	@Test
	void outsideATransactionAWriteRunsAtOnce() {
		writes.write("insert into written (name) values (?)", "now");
		assertThat(names()).containsExactly("now");
	}

	@Test
	void aTransactionThatSuspendsAnotherCommitsOnlyItsOwnWrites() {
		TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions.executeWithoutResult(tx -> {
			writes.write("insert into written (name) values (?)", "outer");
			inner.executeWithoutResult(innerTx -> writes.write("insert into written (name) values (?)", "inner"));
			assertThat(names()).as("the inner one committed, the outer one is still held").containsExactly("inner");
			tx.setRollbackOnly();
		});
		assertThat(names()).containsExactly("inner");
	}

	@Test
	void aStatementWithATrailingSemicolonIsRefused() {
		transactions.executeWithoutResult(tx -> assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> writes.write("insert into written (name) values ('x');")));
	}

	/** Rows as another connection sees them, so only committed ones. */
	private List<String> names() {
		try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
				database.password())) {
			return JdbcClient.create(new SingleConnectionDataSource(connection, true))
				.sql("select name from written order by id").query(String.class).list();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long count() {
		return jdbc.sql("select count(*) from written").query(Long.class).single();
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("prepareStatement")) {
						prepared.add((String) arguments[0]);
					}
					if (method.getName().equals("commit")) {
						commits.add(connection.unwrap(BaseConnection.class).getTransactionState());
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
