package dev.agentcore.controlplane;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Stops a production start (no {@code local} or {@code simulator} profile) before any bean is
 * created when the settings it cannot run without are missing, naming every one of them. It
 * runs as a bean factory post-processor so that every property source, including those added
 * by tests and orchestration, is already in place, and so that nothing falls back to a default.
 */
@Component
class RequiredProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

	static final Profiles NON_PRODUCTION = Profiles.of("local", "simulator");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (environment.acceptsProfiles(NON_PRODUCTION)) {
			return;
		}
		List<String> missing = missing(environment);
		if (!missing.isEmpty()) {
			throw new MissingProductionSettings(missing);
		}
	}

	static List<String> missing(Environment environment) {
		List<String> missing = new ArrayList<>();
		if (!has(environment, "spring.datasource.url")) {
			missing.add("spring.datasource.url (SPRING_DATASOURCE_URL): the PostgreSQL JDBC URL, "
					+ "with spring.datasource.username / spring.datasource.password");
		}
		if (!has(environment, "spring.security.oauth2.resourceserver.jwt.issuer-uri")
				&& !has(environment, "spring.security.oauth2.resourceserver.jwt.jwk-set-uri")) {
			missing.add("spring.security.oauth2.resourceserver.jwt.issuer-uri "
					+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI) or "
					+ "spring.security.oauth2.resourceserver.jwt.jwk-set-uri "
					+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI): the token issuer");
		}
		return missing;
	}

	private static boolean has(Environment environment, String key) {
		return StringUtils.hasText(environment.getProperty(key));
	}

	/** Thrown when a production start lacks settings; {@link MissingProductionSettingsAnalyzer} explains it. */
	static class MissingProductionSettings extends IllegalStateException {

		private final List<String> missing;

		MissingProductionSettings(List<String> missing) {
			super("Missing production settings: " + String.join("; ", missing));
			this.missing = List.copyOf(missing);
		}

		List<String> missing() {
			return missing;
		}

	}

}
