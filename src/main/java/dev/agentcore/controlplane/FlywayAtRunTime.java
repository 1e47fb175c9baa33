package dev.agentcore.controlplane;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code spring.flyway.enabled=false} given at run time is kept under Spring AOT too. The image starts from the context
 * Spring AOT generated at build time, where Boot's Flyway auto-configuration was decided on; without this strategy the
 * setting would be ignored there and the image's AOT cache training (which has no database) would try to migrate.
 * Without AOT, Boot leaves Flyway out when the setting is false and this strategy is never asked.
 */
@Configuration(proxyBeanMethods = false)
class FlywayAtRunTime {

	@Bean
	FlywayMigrationStrategy migrateUnlessDisabled(Environment environment) {
		return flyway -> {
			if (environment.getProperty("spring.flyway.enabled", Boolean.class, true)) {
				flyway.migrate();
			}
		};
	}

}
