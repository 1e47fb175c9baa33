package dev.agentcore.controlplane.agentaccess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The "done when", in the embedded default with no AWS: a managed Cognito profile, a token
 * for its client, a gateway that lists its Lambda target's tools to a probe, the same token refused
 * by a gateway on an audience profile with the remedy, the remedies of wrong secrets, unknown scopes
 * and clients without the flow, clients added and removed, the profile deleted with everything it
 * created — and no secret in any answer, row or log line (debug logging on).
 */
@ExtendWith(OutputCaptureExtension.class)
@ActiveProfiles("local")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.backoff-base=50ms",
		"controlplane.provisioning.backoff-max=400ms", "controlplane.provisioning.polling-interval=500ms",
		"controlplane.simulator.data-plane.tools-page-size=1", "logging.level.org.springframework.web=DEBUG",
		"logging.level.dev.agentcore=DEBUG", "logging.level.software.amazon.awssdk.request=DEBUG" })
class ManagedCognitoEndToEndIntegrationTests {

	static final String PROFILES = "/api/v1/idp-profiles/";

	static final String GATEWAYS = "/api/v1/gateways/";

	static final Set<String> SECRETS = new LinkedHashSet<>();

	/** Tokens the tests asked for (returnToken): in that one answer, and nowhere else. */
	static final Set<String> TOKENS = new LinkedHashSet<>();

	static final List<String> ANSWERS = new ArrayList<>();

	static final StringBuilder OUTPUT = new StringBuilder();

	static String profileId;

	static String clientId;

	static String gatewayId;

	static String audienceGatewayId;

	@DynamicPropertySource
	static void isolatedDatabaseAndData(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.isolated("managed_cognito_tests").url());
		registry.add("controlplane.local.data-dir", () -> Path.of("target", "managed-cognito-" + UUID.randomUUID()).toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	LocalAccount aws;

	@BeforeEach
	void setUp() {
		aws = new LocalAccount(port, "cognito-e2e");
	}

	@AfterEach
	void keepWhatWasSeen(CapturedOutput output) {
		ANSWERS.addAll(aws.answers);
		OUTPUT.append(output.getAll());
	}

	@Test
	@Order(1)
	void managedProfileReachesReadyWithDiscoveryUrlAndAllowedClients() {
		profileId = aws.created("/api/v1/idp-profiles", profile("orders-agent"));
		JsonNode ready = aws.awaitPhase(PROFILES + profileId, "READY");
		String poolId = ready.at("/aws/userPoolId").asString();
		assertThat(poolId).matches("us-east-1_[A-Za-z0-9]{9}");
		assertThat(ready.get("discoveryUrl").asString())
			.isEqualTo("http://localhost:" + port + "/local/aws/cognito/" + poolId + "/.well-known/openid-configuration");
		clientId = ready.at("/aws/clients/0/clientId").asString();
		assertThat(ready.get("allowedClients").valueStream().map(JsonNode::asString)).containsExactly(clientId);
		assertThat(ready.at("/aws/clients/0/secretArn").asString())
			.startsWith("arn:aws:secretsmanager:us-east-1:123456789012:secret:agentcore-control-plane/idp-profiles/" + profileId);
		assertThat(ready.at("/aws/tokenEndpoint").asString()).endsWith("/oauth2/token");
		assertThat(ready.at("/discovery/state").asString()).isEqualTo("VALID");
		List<String> calls = aws.get(PROFILES + profileId + "/events?limit=200").json().get("items").valueStream()
			.filter(event -> event.get("type").asString().equals("AWS_CALL"))
			.map(event -> event.get("message").asString().split(":")[0])
			.toList()
			.reversed();
		assertThat(calls).containsSubsequence("CreateUserPool", "CreateUserPoolDomain", "CreateResourceServer",
				"CreateUserPoolClient", "CreateSecret");
		remember(ready.at("/aws/clients/0/secretArn").asString());
	}

	@Test
	@Order(2)
	void tokenRequestGivesCognitoClaimsWithoutAudienceAndAPassingCheck() {
		JsonNode result = aws.post(PROFILES + profileId + "/token-requests", "{\"managedClient\": \"orders-agent\"}").json();
		assertThat(result.get("obtained").asBoolean()).as(result.toString()).isTrue();
		assertThat(result.at("/claims/client_id").asString()).isEqualTo(clientId);
		assertThat(result.at("/claims/sub").asString()).isEqualTo(clientId);
		assertThat(result.get("claims").has("aud")).isFalse();
		assertThat(result.at("/claims/token_use").asString()).isEqualTo("access");
		assertThat(result.at("/claims/version").asInt()).isEqualTo(2);
		assertThat(result.at("/claims/scope").asString()).isEqualTo("gateway-api/read");
		assertThat(result.at("/check/accepted").asBoolean()).isTrue();
		assertThat(result.has("token")).as("the token only with returnToken").isFalse();
		assertThat(result.get("expiresIn").asLong()).isEqualTo(3600);
	}

	@Test
	@Order(3)
	void gatewayOnTheProfileWithALambdaTargetListsTheTargetsToolsToAProbe() {
		gatewayId = aws.created("/api/v1/gateways", gateway("orders-tools", profileId));
		aws.created(GATEWAYS + gatewayId + "/targets", lambdaTarget("weather"));
		aws.created(GATEWAYS + gatewayId + "/targets", lambdaTarget("forecast"));
		aws.awaitPhase(GATEWAYS + gatewayId, "READY");
		aws.await(() -> aws.get(GATEWAYS + gatewayId + "/targets").json().get("items").valueStream()
			.allMatch(t -> t.at("/status/phase").asString().equals("READY")) ? true : null, "targets READY");
		JsonNode probe = aws.post(GATEWAYS + gatewayId + "/probes", "{\"tokenRequest\": {\"managedClient\": \"orders-agent\"}}").json();
		assertThat(probe.get("httpStatus").asInt()).as(probe.toString()).isEqualTo(200);
		assertThat(probe.get("authenticated").asBoolean()).isTrue();
		assertThat(probe.get("tools").valueStream().map(JsonNode::asString))
			.as("two pages of one tool each").containsExactlyInAnyOrder("weather___get_weather", "forecast___get_weather");
		assertThat(probe.get("missingTools").isEmpty()).isTrue();
		assertThat(probe.get("unexpectedTools").isEmpty()).isTrue();
		assertThat(probe.get("gatewayUrl").asString()).startsWith("http://localhost:" + port + "/local/aws/gateways/");
	}

	@Test
	@Order(4)
	void theSameTokenAtAGatewayOnAnAudienceProfileIs401WithTheRemedyToUseAllowedClients() {
		String discovery = aws.get(PROFILES + profileId).json().get("discoveryUrl").asString();
		String audienceProfile = aws.created("/api/v1/idp-profiles", """
				{"name": "audience-style", "provider": "OIDC", "discoveryUrl": "%s", "allowedAudience": ["gateway123"]}"""
			.formatted(discovery));
		audienceGatewayId = aws.created("/api/v1/gateways", gateway("audience-tools", audienceProfile));
		aws.awaitPhase(GATEWAYS + audienceGatewayId, "READY");
		JsonNode issued = aws.post(PROFILES + profileId + "/token-requests",
				"{\"managedClient\": \"orders-agent\", \"returnToken\": true}").json();
		String token = issued.get("token").asString();
		TOKENS.add(token);
		JsonNode probe = aws.post(GATEWAYS + audienceGatewayId + "/probes", "{\"token\": \"" + token + "\"}").json();
		assertThat(probe.get("httpStatus").asInt()).as(probe.toString()).isEqualTo(401);
		assertThat(probe.get("authenticated").asBoolean()).isFalse();
		assertThat(probe.get("error").asString()).contains("Invalid Bearer token");
		assertThat(probe.at("/diagnosis/accepted").asBoolean()).isFalse();
		assertThat(probe.at("/diagnosis/remedies").valueStream().map(JsonNode::asString))
			.anyMatch(remedy -> remedy.contains("allowedClients [\"" + clientId + "\"]"));
	}

	@Test
	@Order(5)
	void wrongSecretUnknownScopeAndAClientWithoutTheFlowEachGetTheirRemedy() {
		String wrong = "wrong-" + UUID.randomUUID();
		SECRETS.add(wrong);
		JsonNode invalidClient = aws.post(PROFILES + profileId + "/token-requests",
				"{\"clientId\": \"" + clientId + "\", \"clientSecret\": \"" + wrong + "\"}").json();
		assertThat(invalidClient.get("obtained").asBoolean()).isFalse();
		assertThat(invalidClient.get("error").asString()).isEqualTo("invalid_client");
		assertThat(invalidClient.at("/remedies/0").asString()).contains("does not know client " + clientId).contains("secret");

		JsonNode invalidScope = aws.post(PROFILES + profileId + "/token-requests",
				"{\"managedClient\": \"orders-agent\", \"scopes\": [\"gateway-api/admin\"]}").json();
		assertThat(invalidScope.get("error").asString()).isEqualTo("invalid_scope");
		assertThat(invalidScope.at("/remedies/0").asString()).contains("[gateway-api/read, gateway-api/write]")
			.contains("may request [gateway-api/read]");

		String poolId = aws.get(PROFILES + profileId).json().at("/aws/userPoolId").asString();
		var noFlow = aws.cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("no-flow").generateSecret(true))
			.userPoolClient();
		SECRETS.add(noFlow.clientSecret());
		JsonNode unauthorized = aws.post(PROFILES + profileId + "/token-requests",
				"{\"clientId\": \"" + noFlow.clientId() + "\", \"clientSecret\": \"" + noFlow.clientSecret() + "\"}").json();
		assertThat(unauthorized.get("error").asString()).isEqualTo("unauthorized_client");
		assertThat(unauthorized.at("/remedies/0").asString()).contains("update-user-pool-client")
			.contains("--allowed-o-auth-flows client_credentials").contains(noFlow.clientId());
	}

	@Test
	@Order(6)
	void connectionDetailsNameCognitoVariablesAndNoSecret() {
		JsonNode connection = aws.get(GATEWAYS + gatewayId + "/connection").json();
		String secretArn = aws.get(PROFILES + profileId).json().at("/aws/clients/0/secretArn").asString();
		assertThat(connection.get("provider").asString()).isEqualTo("COGNITO");
		assertThat(connection.get("env").asString()).contains("GATEWAY_URL=" + connection.get("gatewayUrl").asString())
			.contains("COGNITO_CLIENT_ID=" + clientId)
			.contains("COGNITO_CLIENT_SECRET_ARN=" + secretArn)
			.contains("COGNITO_TOKEN_URL=" + connection.get("tokenEndpoint").asString())
			.contains("COGNITO_SCOPE=gateway-api/read")
			.doesNotContain("AUTH0_");
		assertThat(connection.get("curl").asString()).contains("tools/list").contains("$COGNITO_CLIENT_SECRET_ARN");
	}

	@Test
	@Order(7)
	void clientsAreAddedAndRemovedByPut() {
		Http.Response current = aws.get(PROFILES + profileId);
		Http.Response added = aws.put(PROFILES + profileId, current.header("ETag").orElseThrow(),
				profile("orders-agent", "billing-agent"));
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		JsonNode two = aws.await(() -> {
			JsonNode profile = aws.get(PROFILES + profileId).json();
			return profile.at("/status/phase").asString().equals("READY") && profile.get("allowedClients").size() == 2 ? profile : null;
		}, "two clients");
		two.at("/aws/clients").forEach(client -> remember(client.get("secretArn").asString()));
		JsonNode gateway = aws.await(() -> {
			JsonNode g = aws.get(GATEWAYS + gatewayId).json();
			return g.get("generation").asLong() > 1 && g.at("/status/observedGeneration").asLong() == g.get("generation").asLong()
					&& g.at("/status/phase").asString().equals("READY") ? g : null;
		}, "the gateway to get the new client ids");
		assertThat(aws.get(GATEWAYS + gatewayId + "/events?limit=200").body()).contains("IDP profile " + profileId + " changed");

		String ordersArn = two.at("/aws/clients").valueStream().filter(c -> c.get("name").asString().equals("orders-agent"))
			.findFirst().orElseThrow().get("secretArn").asString();
		Http.Response removed = aws.put(PROFILES + profileId, aws.get(PROFILES + profileId).header("ETag").orElseThrow(),
				profile("billing-agent"));
		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		JsonNode one = aws.await(() -> {
			JsonNode profile = aws.get(PROFILES + profileId).json();
			return profile.at("/status/phase").asString().equals("READY") && profile.get("allowedClients").size() == 1 ? profile : null;
		}, "one client");
		assertThat(one.at("/aws/clients/0/name").asString()).isEqualTo("billing-agent");
		String poolId = one.at("/aws/userPoolId").asString();
		assertThatThrownBy(() -> aws.cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId)))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> aws.secrets.describeSecret(r -> r.secretId(ordersArn)))
			.isInstanceOf(software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException.class);
	}

	@Test
	@Order(8)
	void deletingTheProfileOnceUnusedRemovesPoolClientsAndSecrets() {
		JsonNode profile = aws.get(PROFILES + profileId).json();
		String poolId = profile.at("/aws/userPoolId").asString();
		String secretArn = profile.at("/aws/clients/0/secretArn").asString();
		Http.Response inUse = aws.delete(PROFILES + profileId, "\"" + profile.get("version").asInt() + "\"");
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.json().get("code").asString()).isEqualTo("IDP_PROFILE_IN_USE");
		deleteGateway(gatewayId);
		Http.Response deleting = aws.delete(PROFILES + profileId, aws.get(PROFILES + profileId).header("ETag").orElseThrow());
		assertThat(deleting.status()).as(deleting.body()).isEqualTo(202);
		assertThat(deleting.json().at("/status/phase").asString()).isEqualTo("DELETING");
		aws.awaitGone(PROFILES + profileId);
		assertThatThrownBy(() -> aws.cognito.describeUserPool(r -> r.userPoolId(poolId)))
			.isInstanceOf(ResourceNotFoundException.class);
		assertThatThrownBy(() -> aws.secrets.describeSecret(r -> r.secretId(secretArn)))
			.isInstanceOf(software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException.class);
		assertThat(aws.cognito.describeUserPoolDomain(r -> r.domain(profile.at("/managed/domainPrefix").asString()))
			.domainDescription().domain()).as("the domain went first").isNull();
	}

	@Test
	@Order(9)
	void noSecretOrTokenInAnyAnswerRowOrLogLine(CapturedOutput output) {
		assertThat(SECRETS).hasSizeGreaterThanOrEqualTo(4);
		assertThat(TOKENS).isNotEmpty();
		String answers = String.join("\n", ANSWERS) + String.join("\n", aws.answers);
		String logs = OUTPUT + output.getAll();
		List<String> rows = new ArrayList<>();
		for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
			.query(String.class).list()) {
			rows.addAll(jdbc.sql("select t::text from " + table + " t").query(String.class).list());
		}
		assertThat(logs).as("the debug logs were captured").contains("/token-requests\", parameters")
			.contains("software.amazon.awssdk.request - Sending Request");
		assertThat(SECRETS).as("client secrets in answers").noneMatch(answers::contains);
		assertThat(TOKENS).as("tokens in answers other than the one that returned each")
			.allMatch(token -> answers.indexOf(token) == answers.lastIndexOf(token));
		assertThat(union(SECRETS, TOKENS)).as("secrets and tokens in log lines").noneMatch(logs::contains);
		assertThat(union(SECRETS, TOKENS)).as("secrets and tokens in database rows")
			.noneMatch(secret -> rows.stream().anyMatch(row -> row.contains(secret)));
	}

	private static Set<String> union(Set<String> first, Set<String> second) {
		Set<String> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return all;
	}

	private void deleteGateway(String id) {
		Http.Response deleted = aws.delete(GATEWAYS + id + "?cascade=true", aws.get(GATEWAYS + id).header("ETag").orElseThrow());
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(202);
		aws.awaitGone(GATEWAYS + id);
	}

	/** The secret behind an ARN, read as someone with AWS access would, to look for it everywhere else. */
	private void remember(String secretArn) {
		String value = aws.secrets.getSecretValue(r -> r.secretId(secretArn)).secretString();
		SECRETS.add(value.replaceAll(".*\"clientSecret\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
	}

	private static String profile(String... clients) {
		StringBuilder entries = new StringBuilder();
		for (String client : clients) {
			entries.append(entries.isEmpty() ? "" : ", ").append("{\"name\": \"").append(client)
				.append("\", \"scopes\": [\"gateway-api/read\"]}");
		}
		return """
				{"name": "managed-pool", "provider": "COGNITO", "managed": {
				  "resourceServer": {"identifier": "gateway-api", "scopes": ["read", "write"]},
				  "clients": [%s]}}""".formatted(entries);
	}

	private static String gateway(String name, String profile) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "%s"}}""".formatted(name, profile);
	}

}
