package dev.agentcore.controlplane.simulator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import dev.agentcore.controlplane.web.Problems;

/**
 * The simulated AgentCore on its own (profile {@code simulator}): no database, no token issuer,
 * no control plane; AWS for other processes, so that it outlives a control plane that is killed.
 * Deliberately not a {@code @Configuration}, so the control plane's component scan never picks it up.
 */
@EnableAutoConfiguration(exclude = { DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
		DataJdbcRepositoriesAutoConfiguration.class, SecurityAutoConfiguration.class,
		UserDetailsServiceAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
		OAuth2ResourceServerAutoConfiguration.class })
@ComponentScan(basePackageClasses = { AgentCoreSimulator.class, Problems.class },
		excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@ConfigurationPropertiesScan(basePackageClasses = AgentCoreSimulator.class)
public final class AgentCoreSimulator {

	public static final String PROFILE = "simulator";

	private AgentCoreSimulator() {
	}

	public static ConfigurableApplicationContext run(String... args) {
		SpringApplication application = new SpringApplication(AgentCoreSimulator.class);
		application.setAdditionalProfiles(PROFILE);
		return application.run(args);
	}

}
