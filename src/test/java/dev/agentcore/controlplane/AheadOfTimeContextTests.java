package dev.agentcore.controlplane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The image starts with Spring AOT's generated context only where it has the beans the start needs. */
class AheadOfTimeContextTests {

	@AfterEach
	void aotAsTheJvmWasStarted() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
	}

	@Test
	void productionWithIssuerDiscoveryUsesTheGeneratedContext() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		StandardEnvironment environment = ControlPlaneApplication.environment(
				new String[] { "--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.example.com" });

		assertThat(AheadOfTimeContext.decide(environment)).isNull();
		assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
	}

	@Test
	void aProfileStartsWithoutTheGeneratedContextNamingIt() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		StandardEnvironment environment = ControlPlaneApplication.environment(new String[] { "--spring.profiles.active=local" });

		assertThat(AheadOfTimeContext.decide(environment)).contains("profile local");
		assertThat(AotDetector.useGeneratedArtifacts()).as("the context is built from the annotations, as java -jar does")
			.isFalse();
	}

	@Test
	void aJwkSetUriStartsWithoutTheGeneratedContext() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		StandardEnvironment environment = ControlPlaneApplication.environment(new String[] {
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.example.com",
				"--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://issuer.example.com/jwks" });

		assertThat(AheadOfTimeContext.decide(environment)).contains("jwk-set-uri");
		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
	}

	@Test
	void withoutSpringAotNothingChanges() {
		StandardEnvironment environment = ControlPlaneApplication.environment(new String[] { "--spring.profiles.active=local" });

		assertThat(AheadOfTimeContext.decide(environment)).isNull();
		assertThat(AotDetector.useGeneratedArtifacts()).isFalse();
	}

}
