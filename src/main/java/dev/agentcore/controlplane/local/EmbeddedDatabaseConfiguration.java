package dev.agentcore.controlplane.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Real PostgreSQL (binaries from Maven) under {@code <dataDir>/postgres}, kept across restarts,
 * unless {@code SPRING_DATASOURCE_URL} points somewhere else.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(LocalSettings settings) throws IOException {
		Path directory = settings.dataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(directory.getParent());
		StalePostmaster.stop(directory);
		return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		return DataSourceBuilder.create()
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("postgres")
			.build();
	}

}
