package dev.agentcore.controlplane.local;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Assumptions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import dev.agentcore.controlplane.support.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default's issuer end to end: discovery, JWKS, both token styles, the printed admin token. */
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "controlplane.local.data-dir=" + LocalModeIntegrationTests.DATA_DIR)
class LocalModeIntegrationTests {

	static final String DATA_DIR = "target/local-mode-tests";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		http = new Http(port);
	}

	@Test
	void iamAndStsAreTheSimulatedAccountsAndItsRolesAreKept() {
		String token = http.postJson("/local/tokens", null,
				"{\"subject\": \"alice\", \"team\": \"payments\", \"scopes\": [\"controlplane:write\"]}").json()
			.get("access_token").asString();
		String name = "local-managed-" + System.nanoTime();
		String id = http.postJson("/api/v1/gateways", token, """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}""".formatted(name)).json()
			.get("id").asString();
		JsonNode permissions = http.get("/api/v1/gateways/" + id + "/permissions", token).json();
		assertThat(permissions.at("/executionRole/roleArn").asString()).as("the account STS of the simulated account names")
			.isEqualTo("arn:aws:iam::123456789012:role/AgentCoreGateway-" + name);
		assertThat(http.get("/local/aws/resources", null).json().at("/stats/calls/GetCallerIdentity").asLong()).isPositive();
		assertThat(Path.of(DATA_DIR, "agentcore-simulator.json.iam.json")).as("roles kept for the next start").exists();
	}

	@Test
	void discoveryDocumentPointsAtItsOwnKeys() {
		JsonNode discovery = http.get("/local/oidc/.well-known/openid-configuration", null).json();
		String issuer = "http://localhost:" + port + "/local/oidc";
		assertThat(discovery.get("issuer").asString()).isEqualTo(issuer);
		assertThat(discovery.get("jwks_uri").asString()).isEqualTo(issuer + "/jwks.json");
		JsonNode keys = http.get("/local/oidc/jwks.json", null).json().get("keys");
		assertThat(keys.size()).isEqualTo(1);
		assertThat(keys.get(0).get("kty").asString()).isEqualTo("RSA");
		assertThat(keys.get(0).has("d")).as("the private exponent must never be published").isFalse();
	}

	@Test
	void auth0StyleTokenCarriesAudienceAndTeam() {
		JsonNode issued = http.postJson("/local/tokens", null,
				"{\"subject\": \"alice\", \"team\": \"payments\", \"scopes\": [\"controlplane:write\"], \"style\": \"auth0\"}")
			.json();
		assertThat(issued.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(issued.get("expires_in").asLong()).isEqualTo(3600);
		String token = issued.get("access_token").asString();
		assertThat(claims(token).get("aud").asString()).isEqualTo("controlplane");
		JsonNode me = http.get("/api/v1/me", token).json();
		assertThat(me.get("subject").asString()).isEqualTo("alice");
		assertThat(me.get("team").asString()).isEqualTo("payments");
	}

	@Test
	void cognitoStyleTokenHasClientIdAndNoAudience() {
		String token = http.postJson("/local/tokens", null, "{\"style\": \"cognito\", \"scopes\": [\"controlplane:read\"]}")
			.json()
			.get("access_token")
			.asString();
		JsonNode claims = claims(token);
		assertThat(claims.has("aud")).isFalse();
		assertThat(claims.get("client_id").asString()).isEqualTo("local-cognito-client");
		assertThat(claims.get("token_use").asString()).isEqualTo("access");
		JsonNode me = http.get("/api/v1/me", token).json();
		assertThat(me.get("team").asString()).as("team from the client-id map").isEqualTo("platform");
		assertThat(me.get("clientId").asString()).isEqualTo("local-cognito-client");
	}

	@Test
	void cognitoStyleTokenOfAnUnknownClientIsRefused() {
		String token = http.postJson("/local/tokens", null, "{\"style\": \"cognito\", \"clientId\": \"stranger\"}")
			.json()
			.get("access_token")
			.asString();
		assertThat(http.get("/api/v1/me", token).status()).isEqualTo(401);
	}

	@Test
	void badTokenRequestsAreExplained() {
		Http.Response response = http.postJson("/local/tokens", null, "{\"style\": \"okta\", \"expiresInSeconds\": 0}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("auth0, cognito");
		Http.Response lifetime = http.postJson("/local/tokens", null, "{\"expiresInSeconds\": 0}");
		assertThat(lifetime.json().get("errors").get(0).get("field").asString()).isEqualTo("expiresInSeconds");
	}

	@Test
	void startupPrintsAWorkingAdminToken(CapturedOutput output) throws Exception {
		Matcher printed = Pattern.compile("Admin token \\(.*\\R\\s*(\\S+)").matcher(output.getAll());
		assertThat(printed.find()).as("the start-up hint prints the admin token").isTrue();
		assertThat(output.getAll()).contains("/swagger-ui.html");
		String token = printed.group(1);
		assertThat(Path.of(DATA_DIR, LocalStartupHint.TOKEN_FILE)).exists();
		JsonNode me = http.get("/api/v1/me", token).json();
		assertThat(me.get("admin").asBoolean()).isTrue();
		assertThat(me.get("team").asString()).isEqualTo("platform");
	}

	/** Issue #11, finding 3: the admin token reaches the console and an owner-only file, never a logger. */
	@Test
	void theAdminTokenStaysOutOfTheLogs(@Autowired LocalStartupHint hint, @Autowired ConfigurableApplicationContext context,
			CapturedOutput output) throws Exception {
		ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		root.addAppender(logged);
		try {
			hint.onReady(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
		}
		finally {
			root.detachAppender(logged);
		}
		Path file = Path.of(DATA_DIR, LocalStartupHint.TOKEN_FILE);
		String token = Files.readString(file).strip();
		assertThat(output.getAll()).contains(token);
		assertThat(logged.list).isNotEmpty().noneMatch(event -> event.getFormattedMessage().contains(token));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	/** Issue #11, finding 3: nothing of the embedded default is reachable from another host. */
	@Test
	void itListensOnLoopbackOnly() throws Exception {
		try (Socket loopback = new Socket()) {
			loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
		}
		List<InetAddress> others = NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.toList();
		Assumptions.assumeFalse(others.isEmpty(), "this machine has no non-loopback address to try");
		for (InetAddress address : others) {
			try (Socket remote = new Socket()) {
				assertThatThrownBy(() -> remote.connect(new InetSocketAddress(address, port), 2000)).as(address.toString())
					.isInstanceOf(java.io.IOException.class);
			}
		}
	}

	@Test
	void simulatedAgentCoreIsMountedForTheSdk() {
		try (var aws = software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient.builder()
			.endpointOverride(java.net.URI.create("http://localhost:" + port + "/local/aws/agentcore"))
			.region(software.amazon.awssdk.regions.Region.US_EAST_1)
			.credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
				.create(software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("local", "local")))
			.build()) {
			var created = aws.createGateway(request -> request.name("local-" + System.nanoTime())
				.roleArn("arn:aws:iam::123456789012:role/gateway")
				.protocolType("MCP")
				.authorizerType("NONE"));
			assertThat(created.statusAsString()).isEqualTo("CREATING");
			assertThat(aws.getGateway(request -> request.gatewayIdentifier(created.gatewayId())).statusAsString())
				.isEqualTo("READY");
			// Written by a thread of its own, soon after the call (SimulatorStateFile).
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(
					() -> assertThat(Files.readString(Path.of(DATA_DIR, "agentcore-simulator.json")))
						.as("kept for the next start").contains(created.gatewayId()));
		}
	}

	@Test
	void theSeedLessonEndToEnd() {
		String admin = http.postJson("/local/tokens", null, "{\"team\": \"lesson\", \"scopes\": [\"controlplane:write\"]}")
			.json().get("access_token").asString();
		String discovery = "http://localhost:" + port + "/local/oidc/.well-known/openid-configuration";
		Http.Response profile = http.postJson("/api/v1/idp-profiles", admin, """
				{"name": "auth0-style-%d", "provider": "OIDC", "discoveryUrl": "%s", "allowedAudience": ["gateway123"]}"""
			.formatted(System.nanoTime(), discovery));
		assertThat(profile.status()).as(profile.body()).isEqualTo(201);
		assertThat(profile.json().at("/discovery/state").asString()).isEqualTo("VALID");
		String id = profile.json().get("id").asString();
		String cognito = http.postJson("/local/tokens", null, "{\"style\": \"cognito\", \"clientId\": \"my-app-client\"}")
			.json().get("access_token").asString();
		JsonNode refused = http.postJson("/api/v1/idp-profiles/" + id + "/token-checks", admin, "{\"token\": \"" + cognito + "\"}")
			.json();
		assertThat(refused.get("accepted").asBoolean()).isFalse();
		assertThat(refused.at("/remedies/0").asString()).contains("allowedClients [\"my-app-client\"]");
		String auth0 = http.postJson("/local/tokens", null, "{\"style\": \"auth0\", \"audience\": \"gateway123\"}")
			.json().get("access_token").asString();
		JsonNode accepted = http.postJson("/api/v1/idp-profiles/" + id + "/token-checks", admin, "{\"token\": \"" + auth0 + "\"}")
			.json();
		assertThat(accepted.get("accepted").asBoolean()).as(accepted.toString()).isTrue();
	}

	private static JsonNode claims(String token) {
		String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(payload);
	}

}
