package dev.agentcore.controlplane.idp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.cognitoProfile;
import static dev.agentcore.controlplane.support.Fixtures.jwtGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * IDP profiles: every rule code, the live discovery check against real HTTP servers on loopback
 * (allowed here as in the embedded default; the guard itself is tested in outbound.GuardedFetchTests),
 * usage by gateways and team isolation.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "controlplane.outbound.allow-private-networks=true", "logging.level.org.springframework.web=DEBUG",
				"logging.level.dev.agentcore=DEBUG" })
class IdpProfileApiIntegrationTests {

	static final String PROFILES = "/api/v1/idp-profiles";

	static HttpServer broken;

	@LocalServerPort
	int port;

	Api api;

	@BeforeAll
	static void startBrokenIssuer() throws IOException {
		broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		broken.createContext("/wrong-issuer/.well-known/openid-configuration", exchange -> send(exchange,
				"{\"issuer\": \"https://elsewhere.example.com\", \"jwks_uri\": \"https://elsewhere.example.com/jwks\"}"));
		broken.createContext("/no-jwks/.well-known/openid-configuration", exchange -> send(exchange, "{\"issuer\": \"x\"}"));
		broken.createContext("/not-json/.well-known/openid-configuration", exchange -> send(exchange, "<html>login</html>"));
		broken.start();
	}

	@AfterAll
	static void stopBrokenIssuer() {
		broken.stop(0);
	}

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
	}

	@Test
	void cognitoProfileNeedsClientsAndNoAudience() {
		assertRule(profile("COGNITO", cognitoUrl(), "\"allowedAudience\": [\"api\"], \"allowedClients\": [\"c\"]"),
				"COGNITO_TOKENS_HAVE_NO_AUD", "allowedAudience");
		assertRule(profile("COGNITO", cognitoUrl(), "\"allowedScopes\": [\"gateway/invoke\"]"),
				"COGNITO_REQUIRES_ALLOWED_CLIENTS", "allowedClients");
		assertRule(profile("COGNITO", "https://cognito-idp.us-west-2.amazonaws.com/eu-west-1_abc/.well-known/openid-configuration",
				"\"allowedClients\": [\"c\"]"), "INVALID_DISCOVERY_URL", "discoveryUrl");
	}

	@Test
	void auth0AndOktaNeedAnAudienceAndOidcNeedsSomething() {
		assertRule(profile("AUTH0", "https://dev-x.us.auth0.com/.well-known/openid-configuration", "\"allowedClients\": [\"c\"]"),
				"AUDIENCE_REQUIRED", "allowedAudience");
		assertRule(profile("OKTA", "https://x.okta.com/oauth2/default/.well-known/openid-configuration", ""),
				"AUDIENCE_REQUIRED", "allowedAudience");
		assertRule(profile("OIDC", "https://issuer.example.com/.well-known/openid-configuration", ""), "AUTHORIZER_EMPTY",
				"allowedAudience");
	}

	@Test
	void discoveryUrlMustBeHttpsWithTheWellKnownSuffix() {
		assertRule(profile("AUTH0", "https://dev-x.us.auth0.com/openid", "\"allowedAudience\": [\"a\"]"),
				"INVALID_DISCOVERY_URL", "discoveryUrl");
	}

	@Test
	void clientIdIsAReservedClaimAndClaimShapesAreChecked() {
		assertRule(profile("OIDC", "https://issuer.example.com/.well-known/openid-configuration",
				"\"customClaims\": [{\"name\": \"client_id\", \"valueType\": \"STRING\", \"operator\": \"EQUALS\", \"values\": [\"a\"]}]"),
				"RESERVED_CLAIM", "customClaims[0].name");
		Http.Response shapes = api.post(PROFILES, profile("OIDC", "https://issuer.example.com/.well-known/openid-configuration",
				"\"allowedScopes\": [\"has space\"], \"customClaims\": [{\"name\": \"groups\", \"valueType\": \"STRING_ARRAY\", "
						+ "\"operator\": \"EQUALS\", \"values\": [\"a\", \"b!\"]}]"));
		assertThat(shapes.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(shapes.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(
				"allowedScopes[0]", "customClaims[0].operator", "customClaims[0].values", "customClaims[0].values[1]");
	}

	@Test
	void discoveryAgainstARealIssuerIsValid() {
		String url = TestIssuer.get().issuer() + "/.well-known/openid-configuration";
		Http.Response created = api.post(PROFILES, profile("OIDC", url, "\"allowedAudience\": [\"controlplane\"]"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode discovery = created.json().get("discovery");
		assertThat(discovery.get("state").asString()).isEqualTo("VALID");
		assertThat(discovery.get("issuer").asString()).isEqualTo(TestIssuer.get().issuer());
		assertThat(discovery.get("jwksUri").asString()).isEqualTo(TestIssuer.get().jwkSetUri());
		assertThat(created.json().get("warnings").isEmpty()).isTrue();
	}

	@Test
	void brokenDocumentsAreInvalidAndDeadPortsUnreachable() throws IOException {
		String base = "http://127.0.0.1:" + broken.getAddress().getPort();
		assertDiscovery(base + "/wrong-issuer", "INVALID", "does not match");
		assertDiscovery(base + "/no-jwks", "INVALID", "jwks_uri");
		assertDiscovery(base + "/not-json", "INVALID", "not JSON");
		assertDiscovery(base + "/missing", "INVALID", "HTTP 404");
		int dead;
		try (ServerSocket socket = new ServerSocket(0)) {
			dead = socket.getLocalPort();
		}
		JsonNode unreachable = assertDiscovery("http://127.0.0.1:" + dead, "UNREACHABLE", "cannot be reached");
		assertThat(unreachable.get("warnings").get(0).asString()).contains("refuse every token");
	}

	@Test
	void discoveryCheckCanBeRunAgain() {
		String url = TestIssuer.get().issuer() + "/.well-known/openid-configuration";
		String id = api.post(PROFILES, profile("OIDC", url, "\"allowedScopes\": [\"invoke\"]")).json().get("id").asString();
		Http.Response rechecked = api.post(PROFILES + "/" + id + "/discovery-check", "");
		assertThat(rechecked.status()).isEqualTo(200);
		assertThat(rechecked.json().at("/discovery/state").asString()).isEqualTo("VALID");
		assertThat(rechecked.json().get("warnings").get(0).asString()).contains("Only scopes");
	}

	@Test
	void profileInUseCannotBeDeletedAndItsChangesReachItsGateways() {
		String name = unique("p");
		Http.Response created = api.post(PROFILES, cognitoProfile(name));
		String id = created.json().get("id").asString();
		String gateway = api.post("/api/v1/gateways", jwtGateway(unique("Jwt"), id)).json().get("id").asString();
		assertThat(api.get(PROFILES + "/" + id).json().get("usedByGateways").asLong()).isEqualTo(1);
		Http.Response inUse = api.delete(PROFILES + "/" + id, "\"0\"");
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.json().get("code").asString()).isEqualTo("IDP_PROFILE_IN_USE");
		assertThat(inUse.json().get("gatewayIds").get(0).asString()).isEqualTo(gateway);
		Http.Response updated = api.put(PROFILES + "/" + id, "\"0\"", cognitoProfile(name).replace("client-1", "client-2"));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("allowedClients").get(0).asString()).isEqualTo("client-2");
		JsonNode gatewayNow = api.get("/api/v1/gateways/" + gateway).json();
		assertThat(gatewayNow.get("generation").asLong()).as("the gateway is provisioned again").isEqualTo(2);
		assertThat(api.put(PROFILES + "/" + id, "\"0\"", cognitoProfile(name)).status()).isEqualTo(412);
		assertThat(api.put(PROFILES + "/" + id, "\"1\"", cognitoProfile(name + "x")).json().get("code").asString())
			.isEqualTo("NAME_IMMUTABLE");
	}

	@Test
	void unusedProfileIsDeletedAndNamesAreUniquePerTeam() {
		String name = unique("p");
		String id = api.post(PROFILES, cognitoProfile(name)).json().get("id").asString();
		Http.Response taken = api.post(PROFILES, cognitoProfile(name));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("code").asString()).isEqualTo("NAME_TAKEN");
		assertThat(Api.asTeam(port, unique("other")).post(PROFILES, cognitoProfile(name)).status()).isEqualTo(201);
		assertThat(api.delete(PROFILES + "/" + id, null).status()).isEqualTo(428);
		assertThat(api.delete(PROFILES + "/" + id, "\"0\"").status()).isEqualTo(204);
		assertThat(api.get(PROFILES + "/" + id).status()).isEqualTo(404);
	}

	@Test
	void anotherTeamCanNeitherSeeNorListAProfile() {
		String id = api.post(PROFILES, cognitoProfile(unique("p"))).json().get("id").asString();
		Api stranger = Api.asTeam(port, unique("stranger"));
		assertThat(stranger.get(PROFILES + "/" + id).status()).isEqualTo(404);
		assertThat(stranger.put(PROFILES + "/" + id, "\"0\"", cognitoProfile("x")).status()).isEqualTo(404);
		assertThat(stranger.delete(PROFILES + "/" + id, "\"0\"").status()).isEqualTo(404);
		assertThat(stranger.post(PROFILES + "/" + id + "/discovery-check", "").status()).isEqualTo(404);
		assertThat(stranger.get(PROFILES).json().get("items").size()).isZero();
		assertThat(api.get(PROFILES + "?provider=COGNITO").json().get("items").size()).isEqualTo(1);
		assertThat(api.get(PROFILES + "?provider=AUTH0").json().get("items").size()).isZero();
	}

	@Test
	void cognitoTokenAgainstAnAudienceProfileIsExplained(CapturedOutput output) {
		String profile = localProfile("\"allowedAudience\": [\"gateway123\"]");
		String token = TestIssuer.get().sign(claims -> claims.claim("client_id", "4f2kq1v8example").claim("token_use", "access")
			.claim("scope", "gateway/invoke"));
		JsonNode check = checkToken(profile, token);
		assertThat(check.get("accepted").asBoolean()).isFalse();
		assertThat(outcome(check, "signature")).isEqualTo("PASS");
		assertThat(outcome(check, "issuer")).isEqualTo("PASS");
		assertThat(outcome(check, "audience")).isEqualTo("FAIL");
		assertThat(outcome(check, "clients")).isEqualTo("SKIP");
		assertThat(check.at("/claims/client_id").asString()).isEqualTo("4f2kq1v8example");
		assertThat(check.at("/remedies/0").asString()).contains("Cognito client-credentials token")
			.contains("allowedClients [\"4f2kq1v8example\"]");
		assertThat(output.getAll()).as("the token is never logged").doesNotContain(token)
			.doesNotContain(token.substring(token.lastIndexOf('.') + 1));
	}

	@Test
	void auth0TokenAgainstAClientsProfileIsExplained() {
		String profile = localProfile("\"allowedClients\": [\"machine-client\"]");
		JsonNode check = checkToken(profile, TestIssuer.get().sign(claims -> claims.audience("gateway123")));
		assertThat(outcome(check, "clients")).isEqualTo("FAIL");
		assertThat(check.at("/remedies/0").asString()).contains("Auth0/Okta").contains("allowedAudience [\"gateway123\"]");
	}

	@Test
	void caseOnlyDifferencesAreCalledOut() {
		String profile = localProfile("\"allowedAudience\": [\"Gateway123\"]");
		JsonNode check = checkToken(profile, TestIssuer.get().sign(claims -> claims.audience("gateway123")));
		assertThat(check.get("remedies").valueStream().map(JsonNode::asString)).anyMatch(r -> r.contains("case-sensitive"));
	}

	@Test
	void wrongIssuerUnknownKeyExpiryAndScopesAreEachExplained() {
		String profile = localProfile("\"allowedAudience\": [\"a\"], \"allowedScopes\": [\"gateway/invoke\"]");
		JsonNode wrongIssuer = checkToken(profile, TestIssuer.get().sign(claims -> claims.issuer("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_other")
			.audience("a").claim("scope", "gateway/invoke")));
		assertThat(outcome(wrongIssuer, "issuer")).isEqualTo("FAIL");
		assertThat(wrongIssuer.at("/remedies/0").asString()).contains("another issuer");
		JsonNode unknownKey = checkToken(profile, TestIssuer.get().signedByUnknownKey(claims -> claims.audience("a")));
		assertThat(outcome(unknownKey, "signature")).isEqualTo("FAIL");
		assertThat(unknownKey.at("/remedies/0").asString()).contains("another user pool, tenant or environment");
		JsonNode expired = checkToken(profile, TestIssuer.get().sign(claims -> claims.audience("a").claim("scope", "gateway/invoke")
			.issueTime(java.util.Date.from(java.time.Instant.now().minusSeconds(7200)))
			.expirationTime(java.util.Date.from(java.time.Instant.now().minusSeconds(3600)))));
		assertThat(outcome(expired, "expiry")).isEqualTo("FAIL");
		assertThat(expired.get("remedies").valueStream().map(JsonNode::asString)).anyMatch(r -> r.contains("request a new one"));
		JsonNode noScope = checkToken(profile, TestIssuer.get().sign(claims -> claims.audience("a").claim("scope", "openid")));
		assertThat(outcome(noScope, "scopes")).isEqualTo("FAIL");
		assertThat(noScope.at("/remedies/0").asString()).contains("gateway/invoke");
	}

	@Test
	void matchingTokenIsAcceptedAndCustomClaimsAreChecked() {
		String profile = localProfile("\"allowedAudience\": [\"a\"], \"customClaims\": [{\"name\": \"groups\", "
				+ "\"valueType\": \"STRING_ARRAY\", \"operator\": \"CONTAINS_ANY\", \"values\": [\"agents\"]}]");
		JsonNode accepted = checkToken(profile, TestIssuer.get().sign(claims -> claims.audience("a")
			.claim("groups", java.util.List.of("agents", "ops"))));
		assertThat(accepted.get("accepted").asBoolean()).as(accepted.toString()).isTrue();
		assertThat(accepted.get("remedies").isEmpty()).isTrue();
		assertThat(outcome(accepted, "claim groups")).isEqualTo("PASS");
		JsonNode missing = checkToken(profile, TestIssuer.get().sign(claims -> claims.audience("a")));
		assertThat(outcome(missing, "claim groups")).isEqualTo("FAIL");
		assertThat(api.post(PROFILES + "/" + profile + "/token-checks", "{\"token\": \"not-a-jwt\"}").json().get("code").asString())
			.isEqualTo("MALFORMED_TOKEN");
	}

	@Test
	void gatewayTokenCheckUsesItsProfile() {
		String profile = localProfile("\"allowedAudience\": [\"a\"]");
		String gateway = api.post("/api/v1/gateways", jwtGateway(unique("Check"), profile)).json().get("id").asString();
		Http.Response check = api.post("/api/v1/gateways/" + gateway + "/token-checks",
				"{\"token\": \"" + TestIssuer.get().sign(claims -> claims.audience("a")) + "\"}");
		assertThat(check.json().get("accepted").asBoolean()).isTrue();
		String open = api.post("/api/v1/gateways", dev.agentcore.controlplane.support.Fixtures.openGateway(unique("Open")))
			.json().get("id").asString();
		Http.Response refused = api.post("/api/v1/gateways/" + open + "/token-checks", "{\"token\": \"a.b.c\"}");
		assertThat(refused.json().get("code").asString()).isEqualTo("NO_JWT_AUTHORIZER");
	}

	/** Issue #11: diagnostics change nothing, so the read scope suffices, and their answers are never replayed. */
	@Test
	void tokenChecksNeedOnlyReadAndAreNeverReplayed() {
		String team = unique("readers");
		Api writer = Api.asTeam(port, team);
		String url = TestIssuer.get().issuer() + "/.well-known/openid-configuration";
		String profile = writer.post(PROFILES, profile("OIDC", url, "\"allowedAudience\": [\"a\"]")).json().get("id").asString();
		String gateway = writer.post("/api/v1/gateways", jwtGateway(unique("Diag"), profile)).json().get("id").asString();
		Api reader = Api.withToken(port, TestIssuer.get().token(team, "controlplane:read"));
		String good = TestIssuer.get().sign(claims -> claims.audience("a"));
		String bad = TestIssuer.get().sign(claims -> claims.audience("b"));
		for (String path : new String[] { PROFILES + "/" + profile, "/api/v1/gateways/" + gateway }) {
			Http.Response first = reader.post(path + "/token-checks", "{\"token\": \"" + good + "\"}",
					java.util.Map.of("Idempotency-Key", "same-key"));
			assertThat(first.status()).as(first.body()).isEqualTo(200);
			assertThat(first.json().get("accepted").asBoolean()).isTrue();
			Http.Response second = reader.post(path + "/token-checks", "{\"token\": \"" + bad + "\"}",
					java.util.Map.of("Idempotency-Key", "same-key"));
			assertThat(second.status()).as("not IDEMPOTENCY_KEY_REUSED: nothing was kept").isEqualTo(200);
			assertThat(second.json().get("accepted").asBoolean()).isFalse();
			assertThat(second.header("Idempotent-Replayed")).isEmpty();
		}
		assertThat(reader.post(PROFILES + "/" + profile + "/discovery-check", "").status()).as("a re-check records: write")
			.isEqualTo(403);
	}

	/** Issue #11: an encrypted token (JWE, five parts) is explained, not a 500. */
	@Test
	void encryptedTokensAreExplained() throws Exception {
		String profile = localProfile("\"allowedAudience\": [\"a\"]");
		com.nimbusds.jose.jwk.RSAKey recipient = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).generate();
		com.nimbusds.jwt.EncryptedJWT jwe = new com.nimbusds.jwt.EncryptedJWT(
				new com.nimbusds.jose.JWEHeader(com.nimbusds.jose.JWEAlgorithm.RSA_OAEP_256, com.nimbusds.jose.EncryptionMethod.A256GCM),
				new com.nimbusds.jwt.JWTClaimsSet.Builder().audience("a").build());
		jwe.encrypt(new com.nimbusds.jose.crypto.RSAEncrypter(recipient.toRSAPublicKey()));
		String token = jwe.serialize();
		assertThat(token.split("\\.")).hasSize(5);
		Http.Response response = api.post(PROFILES + "/" + profile + "/token-checks", "{\"token\": \"" + token + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("ENCRYPTED_TOKEN");
	}

	private String localProfile(String rules) {
		String url = TestIssuer.get().issuer() + "/.well-known/openid-configuration";
		Http.Response created = api.post(PROFILES, profile("OIDC", url, rules));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private JsonNode checkToken(String profile, String token) {
		Http.Response response = api.post(PROFILES + "/" + profile + "/token-checks", "{\"token\": \"" + token + "\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static String outcome(JsonNode check, String name) {
		return check.get("checks").valueStream().filter(c -> c.get("name").asString().equals(name)).findFirst()
			.orElseThrow().get("outcome").asString();
	}

	private JsonNode assertDiscovery(String base, String state, String message) {
		Http.Response created = api.post(PROFILES, profile("OIDC", base + "/.well-known/openid-configuration",
				"\"allowedAudience\": [\"a\"]"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().at("/discovery/state").asString()).as(created.body()).isEqualTo(state);
		assertThat(created.json().at("/discovery/message").asString()).contains(message);
		return created.json();
	}

	private void assertRule(String body, String code, String field) {
		Http.Response response = api.post(PROFILES, body);
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo(code);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
	}

	private static String profile(String provider, String url, String rules) {
		return "{\"name\": \"" + unique("p") + "\", \"provider\": \"" + provider + "\", \"discoveryUrl\": \"" + url + "\""
				+ (rules.isEmpty() ? "" : ", " + rules) + "}";
	}

	private static String cognitoUrl() {
		return "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_abc123/.well-known/openid-configuration";
	}

	private static void send(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
