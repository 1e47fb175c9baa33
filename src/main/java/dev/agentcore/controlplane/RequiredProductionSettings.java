package dev.agentcore.controlplane;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Stops a production start (no {@code local} or {@code simulator} profile) before any bean is
 * created when the settings it cannot run without are missing, naming every one of them: the
 * database, the issuer (whose {@code iss} is always checked), and which audiences or clients are
 * accepted (or the explicit opt-out {@value #ANY_AUDIENCE_OR_CLIENT}). It
 * runs as a bean factory post-processor so that every property source, including those added
 * by tests and orchestration, is already in place, and so that nothing falls back to a default.
 */
@Component
class RequiredProductionSettings implements BeanFactoryPostProcessor, EnvironmentAware {

	static final Profiles NON_PRODUCTION = Profiles.of("local", "simulator");

	/** The opt-out for deployments that really mean to accept every audience and client of their issuer. */
	static final String ANY_AUDIENCE_OR_CLIENT = "controlplane.security.unsafe-allow-any-audience-or-client";

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
		boolean issuer = has(environment, "spring.security.oauth2.resourceserver.jwt.issuer-uri");
		if (!issuer && !has(environment, "spring.security.oauth2.resourceserver.jwt.jwk-set-uri")) {
			missing.add("spring.security.oauth2.resourceserver.jwt.issuer-uri "
					+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI) or "
					+ "spring.security.oauth2.resourceserver.jwt.jwk-set-uri "
					+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI): the token issuer");
		}
		else if (!issuer) {
			missing.add("spring.security.oauth2.resourceserver.jwt.issuer-uri "
					+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI): with only jwk-set-uri, the 'iss' of tokens "
					+ "would not be checked. Set it to the issuer's exact 'iss' value; next to jwk-set-uri it is only "
					+ "compared, never fetched");
		}
		if (!hasList(environment, "controlplane.security.allowed-audiences")
				&& !hasList(environment, "controlplane.security.allowed-clients")
				&& !environment.getProperty(ANY_AUDIENCE_OR_CLIENT, Boolean.class, false)) {
			missing.add("controlplane.security.allowed-audiences (CONTROLPLANE_SECURITY_ALLOWEDAUDIENCES) or "
					+ "controlplane.security.allowed-clients (CONTROLPLANE_SECURITY_ALLOWEDCLIENTS): without either, "
					+ "a token the issuer made for any other application would be admitted. Set one, or set "
					+ ANY_AUDIENCE_OR_CLIENT + "=true to accept exactly that");
		}
		return missing;
	}

	private static boolean hasList(Environment environment, String key) {
		if (!(environment instanceof ConfigurableEnvironment configurable)) {
			return has(environment, key);
		}
		return Binder.get(configurable)
			.bind(key, Bindable.listOf(String.class))
			.map(values -> values.stream().anyMatch(StringUtils::hasText))
			.orElse(false);
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
