package dev.agentcore.controlplane.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL every integration test runs on, one per test JVM: {@code CONTROLPLANE_TEST_JDBC_URL}
 * if set, else a Testcontainers PostgreSQL when a Docker engine answers, else embedded PostgreSQL.
 */
public final class TestDatabase {

	public record Connection(String url, String username, String password, String source) {
	}

	private static Connection connection;

	private static Connection durable;

	private TestDatabase() {
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = resolve();
		}
		return connection;
	}

	/**
	 * A database of its own on the same server, for tests whose background work (the provisioner)
	 * must not see other tests' rows.
	 */
	public static synchronized Connection isolated(String name) {
		return create(connection(), name);
	}

	private static Connection create(Connection shared, String name) {
		try (java.sql.Connection admin = java.sql.DriverManager.getConnection(shared.url(), shared.username(),
				shared.password()); java.sql.Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + name, ex);
		}
		String url = shared.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		return new Connection(url, shared.username(), shared.password(), shared.source() + " (" + name + ")");
	}

	/**
	 * A database of its own on a server with PostgreSQL's production durability defaults (fsync, synchronous_commit
	 * and full_page_writes on), for benchmarks that compare what ships with a plain insert: the tests' embedded
	 * PostgreSQL runs without fsync and without synchronous commits (fast, but not what production runs on). An
	 * external or Testcontainers PostgreSQL already runs with the defaults and is used as {@link #isolated} does.
	 */
	public static synchronized Connection durable(String name) {
		if (!connection().source().equals("embedded PostgreSQL")) {
			return isolated(name);
		}
		if (durable == null) {
			try {
				// zonky passes -F (fsync off) and sets synchronous_commit=off; -c options given later win.
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on")
					.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
				durable = new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
						"embedded PostgreSQL, durable (fsync, synchronous_commit, full_page_writes on)");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start a durable embedded PostgreSQL", ex);
			}
		}
		return create(durable, name);
	}

	private static Connection resolve() {
		String url = System.getenv("CONTROLPLANE_TEST_JDBC_URL");
		if (url != null && !url.isBlank()) {
			return new Connection(url, env("CONTROLPLANE_TEST_JDBC_USERNAME", "postgres"),
					env("CONTROLPLANE_TEST_JDBC_PASSWORD", "postgres"), "CONTROLPLANE_TEST_JDBC_URL");
		}
		if (dockerAnswers()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
					"embedded PostgreSQL");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start embedded PostgreSQL for the tests", ex);
		}
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void close(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// The JVM is going away; PostgreSQL stops with it.
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
