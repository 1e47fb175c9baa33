package dev.agentcore.controlplane;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import dev.agentcore.controlplane.RequiredProductionSettings.MissingProductionSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionStartupTests {

	@Test
	void productionRefusesToStartWithoutDatabaseAndIssuer() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ControlPlaneApplication.class)
			.run("--server.port=0", "--spring.main.banner-mode=off"))
			.isInstanceOf(MissingProductionSettings.class)
			.hasMessageContaining("spring.datasource.url")
			.hasMessageContaining("SPRING_DATASOURCE_URL")
			.hasMessageContaining("issuer-uri")
			.hasMessageContaining("jwk-set-uri");
	}

	@Test
	void completeSettingsAreEnough() {
		assertThat(RequiredProductionSettings.missing(complete())).isEmpty();
		MockEnvironment environment = complete().withProperty("spring.datasource.url", " ");
		assertThat(RequiredProductionSettings.missing(environment)).singleElement()
			.asString()
			.startsWith("spring.datasource.url");
	}

	/** Issue #11, finding 6: with only a JWKS, the issuer of tokens would go unchecked. */
	@Test
	void aKeySetAloneNeedsTheExpectedIssuer() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/cp")
			.withProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "https://idp.example.com/jwks")
			.withProperty("controlplane.security.allowed-clients", "client-1");
		assertThat(RequiredProductionSettings.missing(environment)).singleElement()
			.asString()
			.startsWith("spring.security.oauth2.resourceserver.jwt.issuer-uri")
			.contains("'iss'");
		environment.setProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://idp.example.com/");
		assertThat(RequiredProductionSettings.missing(environment)).isEmpty();
	}

	/** Issue #11, finding 6: production names the audiences or clients it accepts, or says in so many words that it accepts all. */
	@Test
	void audiencesOrClientsOrTheExplicitOptOutAreRequired() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/cp")
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://idp.example.com/");
		assertThat(RequiredProductionSettings.missing(environment)).singleElement()
			.asString()
			.startsWith("controlplane.security.allowed-audiences")
			.contains("controlplane.security.allowed-clients")
			.contains("controlplane.security.unsafe-allow-any-audience-or-client");
		assertThat(RequiredProductionSettings.missing(copy(environment).withProperty("controlplane.security.allowed-audiences[0]",
				"api"))).isEmpty();
		assertThat(RequiredProductionSettings.missing(copy(environment).withProperty("controlplane.security.allowed-clients",
				"a,b"))).isEmpty();
		assertThat(RequiredProductionSettings.missing(copy(environment)
			.withProperty("controlplane.security.unsafe-allow-any-audience-or-client", "true"))).isEmpty();
		assertThat(RequiredProductionSettings.missing(copy(environment).withProperty("controlplane.security.allowed-clients",
				" "))).hasSize(1);
	}

	@Test
	void productionRefusesToStartWithoutAudiencesOrClients() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(ControlPlaneApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--spring.datasource.url=jdbc:postgresql://localhost:1/none",
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.example.com/"))
			.isInstanceOf(MissingProductionSettings.class)
			.hasMessageContaining("controlplane.security.allowed-audiences");
	}

	static MockEnvironment complete() {
		return new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/cp")
			.withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://idp.example.com/")
			.withProperty("controlplane.security.allowed-audiences", "controlplane");
	}

	static MockEnvironment copy(MockEnvironment environment) {
		MockEnvironment copy = new MockEnvironment();
		environment.getPropertySources().forEach(source -> {
			if (source instanceof org.springframework.core.env.EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					copy.setProperty(name, String.valueOf(enumerable.getProperty(name)));
				}
			}
		});
		return copy;
	}

	@Test
	void failureReportNamesEverySettingAndTheWayOut() {
		MissingProductionSettings failure = new MissingProductionSettings(
				RequiredProductionSettings.missing(new MockEnvironment()));
		FailureAnalysis analysis = new MissingProductionSettingsAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("spring.datasource.url").contains("issuer-uri");
		assertThat(analysis.getAction()).contains("./mvnw spring-boot:run");
	}

}
