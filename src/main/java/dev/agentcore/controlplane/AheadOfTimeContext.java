package dev.agentcore.controlplane;

import java.util.Arrays;

import org.springframework.aot.AotDetector;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Whether a start can use the context Spring AOT generated at build time ({@code -Dspring.aot.enabled=true}, as the
 * image starts). That context fixed the beans for the production configuration: no profile, tokens checked through
 * {@code issuer-uri} discovery. A start with a profile (compose's {@code local}) or with {@code jwk-set-uri} needs other
 * beans, so it starts without the generated context, as {@code java -jar} does (slower, same behaviour).
 */
final class AheadOfTimeContext {

	static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

	private AheadOfTimeContext() {
	}

	/** Why this start cannot use the generated context, or null when it can (or AOT is off anyway). */
	static String whyNot(ConfigurableEnvironment environment) {
		if (!AotDetector.useGeneratedArtifacts()) {
			return null;
		}
		if (environment.getActiveProfiles().length > 0) {
			return "profile " + String.join(", ", Arrays.asList(environment.getActiveProfiles()))
					+ " is active; Spring AOT's context was generated for no profile";
		}
		if (StringUtils.hasText(environment.getProperty(JWK_SET_URI))) {
			return JWK_SET_URI + " is set; Spring AOT's context was generated for issuer-uri discovery";
		}
		return null;
	}

	/** Turns the generated context off for this JVM when {@link #whyNot} says so; returns the reason, or null. */
	static String decide(ConfigurableEnvironment environment) {
		String reason = whyNot(environment);
		if (reason != null) {
			SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
		}
		return reason;
	}

}
