package dev.agentcore.controlplane.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	LocalSettings settings() {
		return new LocalSettings(dataDir, null, "platform");
	}

	@Test
	void dataSurvivesARestart() throws Exception {
		try (EmbeddedPostgres first = configuration.embeddedPostgres(settings())) {
			JdbcClient jdbc = JdbcClient.create(configuration.dataSource(first, settings()));
			jdbc.sql("create table kept (name text)").update();
			jdbc.sql("insert into kept values ('still here')").update();
		}
		try (EmbeddedPostgres second = configuration.embeddedPostgres(settings())) {
			JdbcClient jdbc = JdbcClient.create(configuration.dataSource(second, settings()));
			assertThat(jdbc.sql("select name from kept").query(String.class).single()).isEqualTo("still here");
		}
	}

	/** Issue #11, finding 3: no other user of the machine is a superuser of the embedded database. */
	@Test
	void everyConnectionNeedsTheGeneratedPasswordKeptOwnerOnly() throws Exception {
		try (EmbeddedPostgres postgres = configuration.embeddedPostgres(settings())) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres")).isInstanceOf(SQLException.class);
			Path password = dataDir.resolve("postgres-password");
			try (var connection = DriverManager.getConnection(url, "postgres", Files.readString(password).strip())) {
				assertThat(connection.isValid(1)).isTrue();
			}
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
			assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).contains("scram-sha-256")
				.doesNotContain("trust");
		}
	}

	@Test
	void aClusterCreatedBeforePasswordsGetsOne() throws Exception {
		try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false).start()) {
			assertThat(trusting.getPort()).isPositive();
		}
		try (EmbeddedPostgres postgres = configuration.embeddedPostgres(settings())) {
			assertThatThrownBy(() -> DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""))
				.isInstanceOf(SQLException.class);
			assertThat(JdbcClient.create(configuration.dataSource(postgres, settings())).sql("select 1").query(Integer.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void staleLockFileOfADeadServerDoesNotBlockTheStart() throws Exception {
		try (EmbeddedPostgres first = configuration.embeddedPostgres(settings())) {
			assertThat(first.getPort()).isPositive();
		}
		Path postgres = dataDir.resolve("postgres");
		Files.writeString(postgres.resolve("postmaster.pid"), "999999\n" + postgres + "\n");
		try (EmbeddedPostgres second = configuration.embeddedPostgres(settings())) {
			assertThat(JdbcClient.create(configuration.dataSource(second, settings())).sql("select 1").query(Integer.class).single())
				.isEqualTo(1);
		}
	}

}
