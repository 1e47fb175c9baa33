package dev.agentcore.controlplane.provisioning;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The connections of the queue's own bookkeeping (db-scheduler: which replica picked a reconcile, its heartbeat, when
 * it runs next), whose commits do not wait for PostgreSQL to flush them to disk. Behind a backlog that bookkeeping was
 * most of the database's commits (a pick, a turn and a reschedule for every gateway POSTed; issue #27), each waiting
 * for its own flush. A crash of the database can lose its last fraction of a second, and nothing more than that is
 * lost: a lost pick is picked again, a lost reschedule runs the reconcile again sooner, a lost completion leaves the
 * job picked until it is revived as a dead execution (about a minute), and reconciles are level-triggered and
 * idempotent. What must not be lost stays on the application's connections: the change, its event, its audit record
 * and the reconcile job a change queues are written in the change's own transaction, and wait for the disk.
 * <p>
 * A small pool of its own, configured as the application's pool is (URL, credentials, timeouts); connects at first
 * use. Where the application's pool is not Hikari's, the queue shares it (and its durability).
 */
final class QueueConnections implements AutoCloseable {

	static final String NO_DISK_WAIT = "set synchronous_commit to off";

	static final int POOL_SIZE = 4;

	private final DataSource dataSource;

	private final HikariDataSource own;

	private QueueConnections(DataSource dataSource, HikariDataSource own) {
		this.dataSource = dataSource;
		this.own = own;
	}

	static QueueConnections beside(DataSource application) {
		HikariDataSource hikari = hikari(application);
		if (hikari == null) {
			return new QueueConnections(application, null);
		}
		// Not started here (the no-argument constructor starts at first use): the context is built, and the image's AOT
		// cache trained, without a database.
		HikariDataSource own = new HikariDataSource();
		hikari.copyStateTo(own);
		own.setPoolName(hikari.getPoolName() + "-queue");
		own.setMaximumPoolSize(POOL_SIZE);
		own.setMinimumIdle(1);
		own.setConnectionInitSql(NO_DISK_WAIT);
		return new QueueConnections(own, own);
	}

	private static HikariDataSource hikari(DataSource application) {
		if (application instanceof HikariDataSource hikari) {
			return hikari;
		}
		try {
			return application.isWrapperFor(HikariDataSource.class) ? application.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	DataSource dataSource() {
		return dataSource;
	}

	@Override
	public void close() {
		if (own != null) {
			own.close();
		}
	}

}
