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
	void eitherIssuerSettingIsEnough() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/cp")
			.withProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "https://idp.example.com/jwks");
		assertThat(RequiredProductionSettings.missing(environment)).isEmpty();
		environment.setProperty("spring.datasource.url", " ");
		assertThat(RequiredProductionSettings.missing(environment)).singleElement()
			.asString()
			.startsWith("spring.datasource.url");
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
