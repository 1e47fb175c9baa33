package dev.agentcore.controlplane.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens from a real issuer (signed, JWKS over HTTP) against the real filter chain. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityIntegrationTests {

	@LocalServerPort
	int port;

	Http http;

	TestIssuer issuer = TestIssuer.get();

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void noTokenIsChallenged() {
		Http.Response response = http.get("/api/v1/me", null);
		assertUnauthorized(response, "UNAUTHORIZED");
		assertThat(response.header("WWW-Authenticate")).hasValue("Bearer");
	}

	@Test
	void expiredTokenIsRefused() {
		String token = issuer.sign(claims -> claims.audience(TestIssuer.AUDIENCE)
			.claim("scope", "controlplane:read")
			.issueTime(Date.from(Instant.now().minusSeconds(1200)))
			.expirationTime(Date.from(Instant.now().minusSeconds(600))));
		Http.Response response = http.get("/api/v1/me", token);
		assertUnauthorized(response, "INVALID_TOKEN");
		assertThat(response.json().get("detail").asString()).contains("expired");
		assertThat(response.header("WWW-Authenticate").orElseThrow()).startsWith("Bearer error=\"invalid_token\"");
	}

	/** Issue #11, finding 6: a token that never expires is refused. */
	@Test
	void tokenWithoutExpiryIsRefused() {
		String token = issuer.sign(claims -> claims.audience(TestIssuer.AUDIENCE)
			.claim("scope", "controlplane:read")
			.expirationTime(null));
		Http.Response response = http.get("/api/v1/me", token);
		assertUnauthorized(response, "INVALID_TOKEN");
		assertThat(response.json().get("detail").asString()).contains("'exp'");
	}

	@Test
	void forgedSignatureIsRefused() {
		String token = issuer.forged(claims -> claims.audience(TestIssuer.AUDIENCE).claim("scope", "controlplane:read"));
		assertUnauthorized(http.get("/api/v1/me", token), "INVALID_TOKEN");
	}

	@Test
	void tokenFromAnotherIssuerIsRefused() {
		String token = issuer.sign(claims -> claims.issuer("https://evil.example.com/")
			.audience(TestIssuer.AUDIENCE)
			.claim("scope", "controlplane:read"));
		Http.Response response = http.get("/api/v1/me", token);
		assertUnauthorized(response, "INVALID_TOKEN");
		assertThat(response.json().get("detail").asString()).contains("issuer");
	}

	@Test
	void unsignedTokenIsRefused() {
		String token = issuer.unsigned(claims -> claims.audience(TestIssuer.AUDIENCE).claim("scope", "controlplane:admin"));
		assertUnauthorized(http.get("/api/v1/me", token), "INVALID_TOKEN");
	}

	@Test
	void tokenForAnotherAudienceIsRefused() {
		String token = issuer.sign(claims -> claims.audience("some-other-api")
			.claim("client_id", TestIssuer.COGNITO_CLIENT)
			.claim("scope", "controlplane:read"));
		assertUnauthorized(http.get("/api/v1/me", token), "INVALID_TOKEN");
	}

	@Test
	void tokenWithoutAudienceFromAnUnknownClientIsRefused() {
		String token = issuer.sign(claims -> claims.claim("client_id", "someone-else").claim("scope", "controlplane:read"));
		assertUnauthorized(http.get("/api/v1/me", token), "INVALID_TOKEN");
	}

	@Test
	void tokenWithoutTheScopeIsForbidden() {
		Http.Response response = http.get("/api/v1/me", issuer.token("team-a", "openid"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("code").asString()).isEqualTo("INSUFFICIENT_SCOPE");
		assertThat(response.header("WWW-Authenticate").orElseThrow()).contains("insufficient_scope");
	}

	@Test
	void readScopeDoesNotAllowChanges() {
		Http.Response response = http.postJson("/api/v1/me", issuer.token("team-a", "controlplane:read"), "{}");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("INSUFFICIENT_SCOPE");
	}

	@Test
	void auth0StyleTokenNamesTeamFromItsClaim() {
		String token = issuer.sign(claims -> claims.subject("auth0|alice")
			.audience(List.of("https://other.example.com", TestIssuer.AUDIENCE))
			.claim("client_id", "spa-client")
			.claim("team", "payments")
			.claim("scope", "openid controlplane:write"));
		JsonNode me = http.get("/api/v1/me", token).json();
		assertThat(me.get("subject").asString()).isEqualTo("auth0|alice");
		assertThat(me.get("team").asString()).isEqualTo("payments");
		assertThat(me.get("clientId").asString()).isEqualTo("spa-client");
		assertThat(me.get("admin").asBoolean()).isFalse();
		assertThat(me.get("scopes").valueStream().map(JsonNode::asString))
			.containsExactly("controlplane:read", "controlplane:write");
	}

	@Test
	void cognitoStyleTokenWithoutAudienceGetsTeamFromClientMap() {
		String token = issuer.sign(claims -> claims.subject(TestIssuer.COGNITO_CLIENT)
			.claim("client_id", TestIssuer.COGNITO_CLIENT)
			.claim("token_use", "access")
			.claim("scope", "controlplane:read"));
		Http.Response response = http.get("/api/v1/me", token);
		assertThat(response.status()).isEqualTo(200);
		JsonNode me = response.json();
		assertThat(me.get("team").asString()).isEqualTo(TestIssuer.COGNITO_CLIENT_TEAM);
		assertThat(me.get("clientId").asString()).isEqualTo(TestIssuer.COGNITO_CLIENT);
	}

	@Test
	void oktaStyleScpArrayGrantsAdmin() {
		String token = issuer.sign(claims -> claims.audience(TestIssuer.AUDIENCE)
			.claim("cid", "okta-client")
			.claim("team", "platform")
			.claim("scp", List.of("controlplane:admin")));
		JsonNode me = http.get("/api/v1/me", token).json();
		assertThat(me.get("admin").asBoolean()).isTrue();
		assertThat(me.get("clientId").asString()).isEqualTo("okta-client");
		assertThat(me.get("scopes").valueStream().map(JsonNode::asString))
			.containsExactly("controlplane:read", "controlplane:admin");
	}

	/** Issue #11: a team claim that is not a string names no team, and the refusal says why. */
	@Test
	void teamClaimsThatAreNotStringsAreRefusedWithTheReason() {
		for (Object team : new Object[] { List.of("payments", "ops"), Map.of("name", "payments"), 42 }) {
			String token = issuer.sign(claims -> claims.audience(TestIssuer.AUDIENCE).claim("team", team)
				.claim("scope", "controlplane:write"));
			assertThat(http.get("/api/v1/me", token).json().get("team").isNull()).as(team.toString()).isTrue();
			Http.Response refused = http.postJson("/api/v1/gateways", token, dev.agentcore.controlplane.support.Fixtures
				.openGateway("Team-" + System.nanoTime()));
			assertThat(refused.status()).as(refused.body()).isEqualTo(403);
			assertThat(refused.json().get("code").asString()).isEqualTo("TEAM_UNKNOWN");
			assertThat(refused.json().get("detail").asString()).contains("'team' claim is").contains("not a string");
		}
	}

	/** Issue #11: claims that name the caller carry no control characters (a NUL reached PostgreSQL as a 500). */
	@Test
	void controlCharactersInTheCallersClaimsAreRefused() {
		for (String claim : new String[] { "team", "sub", "client_id" }) {
			String token = issuer.sign(claims -> claims.audience(TestIssuer.AUDIENCE).claim(claim, "pay\u0000ments")
				.claim("scope", "controlplane:write"));
			Http.Response refused = http.get("/api/v1/gateways", token);
			assertUnauthorized(refused, "INVALID_TOKEN", "/api/v1/gateways");
			assertThat(refused.json().get("detail").asString()).as(claim).contains("control characters");
		}
	}

	/** Issue #11: an admin's empty ?team= means every team, not a team named "". */
	@Test
	void anAdminsEmptyTeamFilterMeansEveryTeam() {
		String token = issuer.token("team-" + System.nanoTime(), "controlplane:write");
		assertThat(http.postJson("/api/v1/gateways", token, dev.agentcore.controlplane.support.Fixtures
			.openGateway("Any-" + System.nanoTime())).status()).isEqualTo(202);
		String admin = issuer.token("platform", "controlplane:admin");
		assertThat(http.get("/api/v1/gateways?team=", admin).json().get("items").size()).isPositive();
		assertThat(http.get("/api/v1/idp-profiles?team=", admin).status()).isEqualTo(200);
	}

	@Test
	void tokenWithoutTeamShowsNone() {
		String token = issuer.sign(claims -> claims.audience(TestIssuer.AUDIENCE).claim("scope", "controlplane:read"));
		JsonNode me = http.get("/api/v1/me", token).json();
		assertThat(me.get("team").isNull()).isTrue();
	}

	@Test
	void healthIsOpenButOperationsEndpointsNeedAdmin() {
		assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
		assertThat(http.get("/actuator/health/readiness", null).json().get("status").asString()).isEqualTo("UP");
		assertThat(http.get("/actuator/health/liveness", null).status()).isEqualTo(200);
		assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
		assertThat(http.get("/actuator/prometheus", issuer.token("team-a", "controlplane:write")).status())
			.isEqualTo(403);
		Http.Response metrics = http.get("/actuator/prometheus", issuer.token("platform", "controlplane:admin"));
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(http.get("/actuator/info", issuer.token("platform", "controlplane:admin")).status()).isEqualTo(200);
	}

	@Test
	void localEndpointsDoNotExistInProduction() {
		assertThat(http.postJson("/local/tokens", null, "{}").status()).isEqualTo(404);
		assertThat(http.get("/local/oidc/.well-known/openid-configuration", null).status()).isEqualTo(404);
		assertThat(http.get("/local/aws/faults", null).status()).isEqualTo(404);
		assertThat(http.get("/local/aws/agentcore/gateways/", null).status()).isEqualTo(404);
	}

	private static void assertUnauthorized(Http.Response response, String code) {
		assertUnauthorized(response, code, "/api/v1/me");
	}

	private static void assertUnauthorized(Http.Response response, String code, String instance) {
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.header("WWW-Authenticate")).isPresent();
		JsonNode problem = response.json();
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("instance").asString()).isEqualTo(instance);
	}

}
