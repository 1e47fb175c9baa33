package dev.agentcore.controlplane.agentaccess;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes of every authorizer type against the simulated data plane, what a probe refuses, the
 * connection details of gateways without tokens, and the token-request remedies that need an
 * identity provider other than a managed pool (no domain, a host that does not resolve, Okta's DPoP).
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.polling-interval=500ms",
		"controlplane.simulator.data-plane.tools-page-size=2" })
class GatewayProbeIntegrationTests {

	static HttpServer okta;

	@DynamicPropertySource
	static void isolatedDatabaseAndData(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.isolated("gateway_probe_tests").url());
		registry.add("controlplane.local.data-dir", () -> Path.of("target", "gateway-probes-" + UUID.randomUUID()).toString());
	}

	@BeforeAll
	static void startIssuers() throws Exception {
		okta = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String base = "http://127.0.0.1:" + okta.getAddress().getPort();
		String keys = new JWKSet(new RSAKeyGenerator(2048).keyID("k1").generate().toPublicJWK()).toString();
		okta.createContext("/okta/.well-known/openid-configuration", exchange -> send(exchange, 200, "{\"issuer\": \"" + base
				+ "/okta\", \"jwks_uri\": \"" + base + "/okta/keys\", \"token_endpoint\": \"" + base + "/okta/token\"}"));
		okta.createContext("/okta/keys", exchange -> send(exchange, 200, keys));
		okta.createContext("/okta/token", exchange -> send(exchange, 400,
				"{\"error\": \"invalid_dpop_proof\", \"error_description\": \"The DPoP proof JWT header is missing.\"}"));
		okta.createContext("/lost/.well-known/openid-configuration", exchange -> send(exchange, 200, "{\"issuer\": \"" + base
				+ "/lost\", \"jwks_uri\": \"" + base + "/okta/keys\", \"token_endpoint\": \"http://no-such-tenant.invalid/oauth2/token\"}"));
		okta.start();
	}

	@AfterAll
	static void stopIssuers() {
		okta.stop(0);
	}

	@LocalServerPort
	int port;

	LocalAccount aws;

	@BeforeEach
	void setUp() {
		aws = new LocalAccount(port, "probes-" + UUID.randomUUID().toString().substring(0, 8));
	}

	@AfterEach
	void clearFaults() {
		aws.http.send("PUT", "/local/aws/faults", null, "application/json", "{}");
	}

	@Test
	void anOpenGatewayIsProbedWithoutATokenAndATargetThatFailedIsMissing() {
		aws.http.send("PUT", "/local/aws/faults", null, "application/json", "{\"failNamesMatching\": \"^broken\"}");
		String gateway = aws.created("/api/v1/gateways", gateway("open-" + suffix(), "{\"type\": \"NONE\"}"));
		aws.created("/api/v1/gateways/" + gateway + "/targets", twoTools("calendar"));
		aws.created("/api/v1/gateways/" + gateway + "/targets", lambdaTarget("broken"));
		aws.awaitPhase("/api/v1/gateways/" + gateway, "READY");
		LocalAccount.await(() -> aws.get("/api/v1/gateways/" + gateway + "/targets").json().get("items").valueStream()
			.allMatch(t -> !t.at("/status/phase").asString().equals("PENDING") && !t.at("/status/phase").asString().equals("CREATING"))
					? true : null, "targets settled");
		JsonNode probe = aws.post("/api/v1/gateways/" + gateway + "/probes", "{}").json();
		assertThat(probe.get("httpStatus").asInt()).as(probe.toString()).isEqualTo(200);
		assertThat(probe.get("authenticated").asBoolean()).isTrue();
		assertThat(probe.get("tools").valueStream().map(JsonNode::asString)).containsExactly("calendar___list_events",
				"calendar___create_event");
		assertThat(probe.get("missingTools").valueStream().map(JsonNode::asString)).containsExactly("broken___get_weather");
		assertThat(probe.get("protocolVersion").asString()).isEqualTo("2025-06-18");
		JsonNode connection = aws.get("/api/v1/gateways/" + gateway + "/connection").json();
		assertThat(connection.get("env").asString()).isEqualTo("GATEWAY_URL=" + probe.get("gatewayUrl").asString() + "\n");
		Http.Response withToken = aws.post("/api/v1/gateways/" + gateway + "/probes", "{\"token\": \"abc.def.ghi\"}");
		assertThat(withToken.json().get("code").asString()).isEqualTo("TOKEN_NOT_USED");
	}

	@Test
	void anIamGatewayIsProbedWithTheServicesSignature() {
		String gateway = aws.created("/api/v1/gateways", gateway("iam-" + suffix(), "{\"type\": \"AWS_IAM\"}"));
		aws.created("/api/v1/gateways/" + gateway + "/targets", lambdaTarget("weather"));
		aws.awaitPhase("/api/v1/gateways/" + gateway, "READY");
		LocalAccount.await(() -> aws.post("/api/v1/gateways/" + gateway + "/probes", "{}").json().get("tools").size() == 1
				? true : null, "the target's tool");
		JsonNode probe = aws.post("/api/v1/gateways/" + gateway + "/probes", "{}").json();
		assertThat(probe.get("httpStatus").asInt()).isEqualTo(200);
		assertThat(probe.get("tools").get(0).asString()).isEqualTo("weather___get_weather");
		JsonNode connection = aws.get("/api/v1/gateways/" + gateway + "/connection").json();
		assertThat(connection.get("env").asString()).contains("AWS_REGION=us-east-1");
		assertThat(connection.get("curl").asString()).contains("--aws-sigv4");
	}

	@Test
	void aJwtGatewayNeedsATokenAndRequestingOneNeedsTheWriteScope() {
		String profile = aws.created("/api/v1/idp-profiles", """
				{"name": "local-issuer", "provider": "OIDC", "allowedAudience": ["controlplane"],
				 "discoveryUrl": "http://localhost:%d/local/oidc/.well-known/openid-configuration"}""".formatted(port));
		String gateway = aws.created("/api/v1/gateways", gateway("jwt-" + suffix(),
				"{\"type\": \"CUSTOM_JWT\", \"idpProfileId\": \"" + profile + "\"}"));
		aws.awaitPhase("/api/v1/gateways/" + gateway, "READY");
		assertThat(aws.post("/api/v1/gateways/" + gateway + "/probes", "{}").json().get("code").asString()).isEqualTo("TOKEN_REQUIRED");
		String reader = aws.http.postJson("/local/tokens", null, "{\"team\": \"" + team() + "\", \"scopes\": [\"controlplane:read\"]}")
			.json().get("access_token").asString();
		Http.Response requested = aws.http.postJson("/api/v1/gateways/" + gateway + "/probes", reader,
				"{\"tokenRequest\": {\"clientId\": \"c\", \"clientSecret\": \"s\"}}");
		assertThat(requested.status()).as("a client secret is used: write scope").isEqualTo(403);
		assertThat(aws.http.postJson("/api/v1/idp-profiles/" + profile + "/token-requests", reader,
				"{\"clientId\": \"c\", \"clientSecret\": \"s\"}").status()).isEqualTo(403);
		Http.Response probed = aws.http.postJson("/api/v1/gateways/" + gateway + "/probes", reader, "{\"token\": \"" + reader + "\"}");
		assertThat(probed.status()).as("a probe with a token changes nothing: read scope").isEqualTo(200);
		assertThat(probed.json().get("authenticated").asBoolean()).as(probed.body()).isTrue();
	}

	@Test
	void anAuthenticateOnlyGatewayTakesATokenAndListsAnMcpServersStaticTools() {
		String profile = aws.created("/api/v1/idp-profiles", """
				{"name": "authn-issuer", "provider": "OIDC", "allowedAudience": ["controlplane"],
				 "discoveryUrl": "http://localhost:%d/local/oidc/.well-known/openid-configuration"}""".formatted(port));
		String gateway = aws.created("/api/v1/gateways", gateway("authn-" + suffix(),
				"{\"type\": \"AUTHENTICATE_ONLY\", \"idpProfileId\": \"" + profile + "\"}"));
		aws.created("/api/v1/gateways/" + gateway + "/targets", """
				{"name": "calendar", "type": "MCP_SERVER",
				 "mcpServer": {"endpoint": "https://calendar.example.com/mcp",
				   "toolSchema": {"inline": [{"name": "list_events", "description": "The user's events",
				     "inputSchema": {"type": "object"}}]}},
				 "credentials": {"type": "OAUTH", "providerArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/google",
				   "scopes": ["calendar.readonly"], "grantType": "AUTHORIZATION_CODE", "defaultReturnUrl": "https://app.example.com/done"}}""");
		aws.awaitPhase("/api/v1/gateways/" + gateway, "READY");
		assertThat(aws.post("/api/v1/gateways/" + gateway + "/probes", "{}").json().get("code").asString()).isEqualTo("TOKEN_REQUIRED");
		String token = aws.http.postJson("/local/tokens", null, "{\"team\": \"" + team() + "\", \"scopes\": [\"controlplane:read\"]}")
			.json().get("access_token").asString();
		JsonNode probe = LocalAccount.await(() -> {
			JsonNode answer = aws.post("/api/v1/gateways/" + gateway + "/probes", "{\"token\": \"" + token + "\"}").json();
			return answer.get("tools").size() == 1 ? answer : null;
		}, "the static tool");
		assertThat(probe.get("authenticated").asBoolean()).as(probe.toString()).isTrue();
		assertThat(probe.get("tools").get(0).asString()).isEqualTo("calendar___list_events");
		assertThat(probe.get("missingTools")).as("the declared static tool is listed").isEmpty();
		JsonNode connection = aws.get("/api/v1/gateways/" + gateway + "/connection").json();
		assertThat(connection.get("authorizerType").asString()).isEqualTo("AUTHENTICATE_ONLY");
		assertThat(connection.get("discoveryUrl").asString()).contains("/local/oidc/");
	}

	@Test
	void tokenRequestsExplainAMissingDomainAHostThatDoesNotResolveAndOktasDpop() {
		String pool = aws.cognito.createUserPool(r -> r.poolName("no-domain")).userPool().id();
		String noDomain = aws.created("/api/v1/idp-profiles", """
				{"name": "no-domain", "provider": "OIDC", "allowedClients": ["c"],
				 "discoveryUrl": "http://localhost:%d/local/aws/cognito/%s/.well-known/openid-configuration"}""".formatted(port, pool));
		assertThat(request(noDomain).at("/remedies/0").asString()).contains("names no token_endpoint");
		String lost = aws.created("/api/v1/idp-profiles", """
				{"name": "lost", "provider": "OIDC", "allowedClients": ["c"],
				 "discoveryUrl": "http://127.0.0.1:%d/lost/.well-known/openid-configuration"}""".formatted(okta.getAddress().getPort()));
		assertThat(request(lost).at("/remedies/0").asString()).contains("no-such-tenant.invalid does not resolve");
		String dpop = aws.created("/api/v1/idp-profiles", """
				{"name": "okta-dpop", "provider": "OKTA", "allowedAudience": ["api://default"],
				 "discoveryUrl": "http://127.0.0.1:%d/okta/.well-known/openid-configuration"}""".formatted(okta.getAddress().getPort()));
		JsonNode refused = request(dpop);
		assertThat(refused.get("error").asString()).isEqualTo("invalid_dpop_proof");
		assertThat(refused.at("/remedies/0").asString()).contains("turn off 'Require Demonstrating Proof of Possession (DPoP)");
	}

	@Test
	void tokenRequestsDirectAndByProbeAreAuditedWithoutTheSecretOrTheToken() {
		String profile = aws.created("/api/v1/idp-profiles", """
				{"name": "local-minted-%s", "provider": "OIDC", "allowedAudience": ["controlplane"],
				 "discoveryUrl": "http://localhost:%d/local/oidc/.well-known/openid-configuration"}""".formatted(suffix(), port));
		String dpop = aws.created("/api/v1/idp-profiles", """
				{"name": "okta-audited-%s", "provider": "OKTA", "allowedAudience": ["api://default"],
				 "discoveryUrl": "http://127.0.0.1:%d/okta/.well-known/openid-configuration"}""".formatted(suffix(),
				okta.getAddress().getPort()));
		Http.Response refused = aws.post("/api/v1/idp-profiles/" + dpop + "/token-requests",
				"{\"clientId\": \"audited-client\", \"clientSecret\": \"s3cret-value\", \"scopes\": [\"orders/read\"]}");
		assertThat(refused.json().get("obtained").asBoolean()).isFalse();

		String admin = aws.http.postJson("/local/tokens", null, "{\"team\": \"" + team()
				+ "\", \"scopes\": [\"controlplane:read\", \"controlplane:admin\"]}").json().get("access_token").asString();
		Http.Response trail = aws.http.get("/api/v1/audit?resourceId=" + dpop, admin);
		assertThat(trail.body()).doesNotContain("s3cret-value");
		JsonNode record = trail.json().get("items").get(0);
		assertThat(record.get("action").asString()).isEqualTo("TOKEN_REQUEST");
		assertThat(record.get("outcome").asString()).isEqualTo("REFUSED");
		assertThat(record.at("/tokenRequest/clientId").asString()).isEqualTo("audited-client");
		assertThat(record.at("/tokenRequest/scopes/0").asString()).isEqualTo("orders/read");
		assertThat(record.at("/tokenRequest/audience").asString()).isEqualTo("api://default");
		assertThat(record.at("/actor/subject").asString()).isNotBlank();

		Http.Response issued = aws.post("/api/v1/idp-profiles/" + profile + "/token-requests",
				"{\"clientId\": \"local-client\", \"clientSecret\": \"another-s3cret\", \"returnToken\": true}");
		JsonNode minted = aws.http.get("/api/v1/audit?resourceId=" + profile, admin).json().get("items").get(0);
		assertThat(minted.get("action").asString()).isEqualTo("TOKEN_REQUEST");
		assertThat(minted.get("outcome").asString()).isEqualTo(issued.json().get("obtained").asBoolean() ? "ISSUED" : "REFUSED");
		String issuedToken = issued.json().path("token").asString("");
		String whole = aws.http.get("/api/v1/audit?resourceId=" + profile, admin).body();
		assertThat(whole).doesNotContain("another-s3cret");
		if (!issuedToken.isEmpty()) {
			assertThat(whole).doesNotContain(issuedToken);
		}
	}

	private JsonNode request(String profile) {
		Http.Response response = aws.post("/api/v1/idp-profiles/" + profile + "/token-requests",
				"{\"clientId\": \"c\", \"clientSecret\": \"s\"}");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("obtained").asBoolean()).isFalse();
		return response.json();
	}

	private String team() {
		return aws.get("/api/v1/me").json().get("team").asString();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static String gateway(String name, String authorizer) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": %s}""".formatted(name, authorizer);
	}

	private static String twoTools(String name) {
		return """
				{"name": "%s", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:calendar",
				 "toolSchema": {"inline": [
				   {"name": "list_events", "description": "Events of a day", "inputSchema": {"type": "object"}},
				   {"name": "create_event", "description": "A new event", "inputSchema": {"type": "object"}}]}}}""".formatted(name);
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
