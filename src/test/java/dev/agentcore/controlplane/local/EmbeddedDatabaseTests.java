package dev.agentcore.controlplane.local;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTests {

	@TempDir
	Path dataDir;

	EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	@Test
	void dataSurvivesARestart() throws Exception {
		LocalSettings settings = new LocalSettings(dataDir, null, "platform");
		try (EmbeddedPostgres first = configuration.embeddedPostgres(settings)) {
			JdbcClient jdbc = JdbcClient.create(configuration.dataSource(first));
			jdbc.sql("create table kept (name text)").update();
			jdbc.sql("insert into kept values ('still here')").update();
		}
		try (EmbeddedPostgres second = configuration.embeddedPostgres(settings)) {
			JdbcClient jdbc = JdbcClient.create(configuration.dataSource(second));
			assertThat(jdbc.sql("select name from kept").query(String.class).single()).isEqualTo("still here");
		}
	}

	@Test
	void staleLockFileOfADeadServerDoesNotBlockTheStart() throws Exception {
		LocalSettings settings = new LocalSettings(dataDir, null, "platform");
		try (EmbeddedPostgres first = configuration.embeddedPostgres(settings)) {
			assertThat(first.getPort()).isPositive();
		}
		Path postgres = dataDir.resolve("postgres");
		Files.writeString(postgres.resolve("postmaster.pid"), "999999\n" + postgres + "\n");
		try (EmbeddedPostgres second = configuration.embeddedPostgres(settings)) {
			assertThat(JdbcClient.create(configuration.dataSource(second)).sql("select 1").query(Integer.class).single())
				.isEqualTo(1);
		}
	}

}
