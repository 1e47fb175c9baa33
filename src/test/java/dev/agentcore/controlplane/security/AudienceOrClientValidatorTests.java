package dev.agentcore.controlplane.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class AudienceOrClientValidatorTests {

	@Test
	void auth0TokenWithAllowedAudiencePasses() {
		assertThat(validator(List.of("api"), List.of()).validate(jwt(Map.of("aud", List.of("api")))).hasErrors()).isFalse();
	}

	@Test
	void cognitoTokenWithoutAudiencePassesOnItsClientId() {
		assertThat(validator(List.of("api"), List.of("c1")).validate(jwt(Map.of("client_id", "c1"))).hasErrors())
			.isFalse();
	}

	@Test
	void cognitoTokenFailsAgainstAnAudienceOnlyConfiguration() {
		assertThat(validator(List.of("api"), List.of()).validate(jwt(Map.of("client_id", "c1"))).hasErrors()).isTrue();
	}

	@Test
	void foreignAudienceFailsEvenFromAnAllowedClient() {
		assertThat(validator(List.of("api"), List.of("c1"))
			.validate(jwt(Map.of("aud", List.of("other"), "client_id", "c1")))
			.hasErrors()).isTrue();
	}

	@Test
	void clientIdIsCaseSensitive() {
		assertThat(validator(List.of(), List.of("Client1")).validate(jwt(Map.of("client_id", "client1"))).hasErrors())
			.isTrue();
	}

	@Test
	void oktaCidAndOidcAzpCountAsClientIds() {
		AudienceOrClientValidator validator = validator(List.of(), List.of("c1"));
		assertThat(validator.validate(jwt(Map.of("cid", "c1"))).hasErrors()).isFalse();
		assertThat(validator.validate(jwt(Map.of("azp", "c1"))).hasErrors()).isFalse();
	}

	@Test
	void withoutRulesIssuerAndSignatureDecide() {
		assertThat(validator(List.of(), List.of()).validate(jwt(Map.of("aud", List.of("anything")))).hasErrors())
			.isFalse();
	}

	private static AudienceOrClientValidator validator(List<String> audiences, List<String> clients) {
		return new AudienceOrClientValidator(new SecuritySettings(audiences, clients, "team", Map.of(),
				new SecuritySettings.Scopes("r", "w", "a")));
	}

	private static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("t").header("alg", "RS256").subject("s").claims(c -> c.putAll(claims))
			.issuedAt(Instant.now()).build();
	}

}
