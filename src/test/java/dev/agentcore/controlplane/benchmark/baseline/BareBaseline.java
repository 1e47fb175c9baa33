package dev.agentcore.controlplane.benchmark.baseline;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare baseline of the jar benchmark: Spring Boot MVC on Tomcat and a JDBC read of one row as JSON, nothing
 * else (no security, no actuator, no Flyway). Started as its own JVM by {@code ShippedJarBenchmark}. In a package of
 * its own: a {@code @SpringBootConfiguration} beside the benchmarks is the one their {@code @SpringBootTest} boots,
 * instead of the control plane.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
		JdbcClientAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class })
public class BareBaseline {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BareBaseline.class, Rows.class);
		application.setDefaultProperties(Map.of("spring.config.name", "bare-baseline"));
		application.setAdditionalProfiles(PROFILE);
		application.run(args);
	}

	/** Only the baseline's own run: the tests' component scan finds this class too, and must not serve it. */
	static final String PROFILE = "bare-baseline";

	@RestController
	@Profile(PROFILE)
	static class Rows {

		private final JdbcClient jdbc;

		Rows(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@GetMapping("/rows/{id}")
		Map<String, Object> row(@PathVariable int id) {
			return jdbc.sql("select id, name, spec from bare_rows where id = ?").param(id).query().singleRow();
		}

	}

}
