package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayTargetRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.provisioning.aws.MemberShimForTests;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;

import static dev.agentcore.controlplane.provisioning.SimulatedAccount.await;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 2026 target members end to end through the real SDK client and the member shim: agents on
 * AgentCore Runtime signed with the gateway's role, MCP servers with static tools and header
 * propagation, OpenAPI targets without credentials, and OAuth consent that completes by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.backoff-base=50ms",
		"controlplane.provisioning.backoff-max=400ms", "controlplane.provisioning.polling-interval=500ms",
		"controlplane.provisioning.consent-poll-max=800ms" })
class TargetMembersIntegrationTests {

	static final String RUNTIME = "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/orders_agent-a1b2c3d4e5";

	static final String OAUTH = "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/google";

	static SimulatedAccount aws;

	@DynamicPropertySource
	static void isolatedDatabaseAndAccount(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.isolated("target_members_tests");
		registry.add("spring.datasource.url", database::url);
		if (aws == null) {
			aws = SimulatedAccount.start(13);
		}
		aws.register(registry);
	}

	@LocalServerPort
	int port;

	Api api;

	String targets;

	@BeforeEach
	void readyGateway() {
		aws.faults("{}");
		api = Api.asTeam(port, unique("team"));
		String gateway = post("/api/v1/gateways", openGateway(unique("Targets")));
		await(() -> "READY".equals(api.get("/api/v1/gateways/" + gateway).json().at("/status/phase").asString()) ? true : null);
		targets = "/api/v1/gateways/" + gateway + "/targets";
	}

	@AfterEach
	void clearFaults() {
		aws.faults("{}");
	}

	@Test
	void aRuntimeTargetSignedWithTheGatewaysRoleReachesReady() {
		String id = post(targets, """
				{"name": "orders-agent", "type": "AGENTCORE_RUNTIME", "agentcoreRuntime": {"runtimeArn": "%s"},
				 "credentials": {"type": "GATEWAY_IAM_ROLE", "signing": {"service": "bedrock-agentcore", "region": "us-east-1"}},
				 "metadata": {"allowedRequestHeaders": ["x-correlation-id"]}}""".formatted(RUNTIME));
		JsonNode ready = awaitPhase(id, "READY");
		JsonNode held = heldTarget(ready.at("/aws/targetId").asString());
		assertThat(held.at("/targetConfiguration/http/agentcoreRuntime/arn").asString()).isEqualTo(RUNTIME);
		assertThat(held.at("/credentialProviderConfigurations/0/credentialProviderType").asString()).isEqualTo("GATEWAY_IAM_ROLE");
		assertThat(held.at("/credentialProviderConfigurations/0/credentialProvider/iamCredentialProvider/service").asString())
			.isEqualTo("bedrock-agentcore");
		assertThat(held.at("/metadataConfiguration/allowedRequestHeaders/0").asString()).isEqualTo("x-correlation-id");
		assertThat(held.get("protocolType").asString()).isEqualTo("HTTP");
	}

	@Test
	void anMcpServerWithAStaticToolSchemaAndHeaderPropagationReachesReadyWithoutConsent() {
		String id = post(targets, """
				{"name": "calendar", "type": "MCP_SERVER",
				 "mcpServer": {"endpoint": "https://calendar.example.com/mcp", "listingMode": "DYNAMIC", "resourcePriority": 10,
				   "toolSchema": {"inline": [{"name": "list_events", "description": "The user's events",
				     "inputSchema": {"type": "object", "properties": {"day": {"type": "string", "format": "date"}}, "required": ["day"]}}]}},
				 "credentials": {"type": "OAUTH", "providerArn": "%s", "scopes": ["calendar.readonly"],
				   "grantType": "AUTHORIZATION_CODE", "defaultReturnUrl": "https://app.example.com/done"},
				 "metadata": {"allowedRequestHeaders": ["x-correlation-id"], "allowedResponseHeaders": ["x-rate-limit"]}}"""
			.formatted(OAUTH));
		JsonNode ready = awaitPhase(id, "READY");
		JsonNode held = heldTarget(ready.at("/aws/targetId").asString());
		JsonNode server = held.at("/targetConfiguration/mcp/mcpServer");
		assertThat(server.get("listingMode").asString()).isEqualTo("DYNAMIC");
		assertThat(server.get("resourcePriority").asInt()).isEqualTo(10);
		JsonNode tools = SimulatedAccount.JSON.readTree(server.at("/mcpToolSchema/inlinePayload").asString());
		assertThat(tools.at("/0/name").asString()).isEqualTo("list_events");
		assertThat(tools.at("/0/inputSchema/properties/day/format").asString()).as("MCP tool definitions keep JSON Schema whole")
			.isEqualTo("date");
		assertThat(held.at("/metadataConfiguration/allowedResponseHeaders/0").asString()).isEqualTo("x-rate-limit");
		Http.Response synchronize = api.post(targets + "/" + id + "/synchronize", "");
		assertThat(synchronize.json().get("code").asString()).isEqualTo("NOT_SYNCHRONIZABLE");
	}

	@Test
	void anOpenApiTargetWithoutCredentialsReachesReady() {
		String id = post(targets, """
				{"name": "public-api", "type": "OPENAPI", "openApi": {"s3": {"uri": "s3://schemas/public.yaml"}}}""");
		JsonNode ready = awaitPhase(id, "READY");
		assertThat(ready.at("/credentials/type").asString()).isEqualTo("NONE");
		assertThat(heldTarget(ready.at("/aws/targetId").asString()).get("credentialProviderConfigurations")).isEmpty();
	}

	@Test
	void aPrivateEndpointAddedOutsideIsKeptThroughTheNextUpdateAndNamedInItsEvent() {
		String body = """
				{"name": "private-api", "type": "OPENAPI", "openApi": {"s3": {"uri": "s3://schemas/private.yaml"}}}""";
		String id = post(targets, body);
		String awsId = awaitPhase(id, "READY").at("/aws/targetId").asString();
		String gatewayAwsId = api.get(targets.substring(0, targets.length() - "/targets".length())).json()
			.at("/aws/gatewayId").asString();
		GetGatewayTargetResponse held = aws.outOfBand.getGatewayTarget(r -> r.gatewayIdentifier(gatewayAwsId).targetId(awsId));
		UpdateGatewayTargetRequest.Builder console = UpdateGatewayTargetRequest.builder()
			.gatewayIdentifier(gatewayAwsId).targetId(awsId).name(held.name()).targetConfiguration(held.targetConfiguration());
		String endpoint = "{\"selfManagedLatticeResource\": {\"resourceConfigurationIdentifier\": \"rcfg-0123456789abcdef0\"}}";
		aws.outOfBand.updateGatewayTarget(MemberShimForTests.with(console.build(), "{\"privateEndpoint\": " + endpoint + "}").request());
		await(() -> "READY".equals(heldTarget(awsId).get("status").asString()) ? true : null);

		assertThat(api.put(targets + "/" + id, "\"0\"", body.replace("}}}", "}}, \"description\": \"v2\"}")).status())
			.isEqualTo(202);
		await(() -> {
			JsonNode target = api.get(targets + "/" + id).json();
			return target.at("/status/phase").asString().equals("READY") && target.at("/status/observedGeneration").asLong() == 2
					? true : null;
		});
		JsonNode updated = heldTarget(awsId);
		assertThat(updated.get("description").asString()).isEqualTo("v2");
		assertThat(updated.get("privateEndpoint")).isEqualTo(SimulatedAccount.JSON.readTree(endpoint));
		assertThat(events(targets + "/" + id)).anyMatch(message -> message.contains("kept as AWS held them")
					&& message.contains("privateEndpoint"));
	}

	@Test
	void anAuthorizationCodeTargetWaitsForConsentWithoutBusyPollingAndCarriesOnOnceGiven() {
		String body = """
				{"name": "drive", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://drive.example.com/mcp"},
				 "credentials": {"type": "OAUTH", "providerArn": "%s", "scopes": ["drive.readonly"],
				   "grantType": "AUTHORIZATION_CODE", "defaultReturnUrl": "https://app.example.com/done"}}""".formatted(OAUTH);
		String path = targets + "/" + post(targets, body);
		JsonNode waiting = awaitPhase(path.substring(targets.length() + 1), "AWAITING_CONSENT");
		String url = waiting.at("/status/authorizationUrl").asString();
		String awsId = waiting.at("/aws/targetId").asString();
		assertThat(url).contains("/local/aws/consent/");
		assertThat(waiting.at("/status/message").asString()).contains(url).contains("simulated-user");
		assertThat(waiting.at("/aws/status").asString()).isEqualTo("CREATE_PENDING_AUTH");
		assertThat(events(path)).anyMatch(event -> event.contains("AWAITING_CONSENT") && event.contains(url));

		Http.Response synchronize = api.post(path + "/synchronize", "");
		assertThat(synchronize.status()).isEqualTo(409);
		assertThat(synchronize.json().get("code").asString()).isEqualTo("TARGET_AWAITING_CONSENT");
		Http.Response changed = api.put(path, "\"0\"", body.replace("\"name\": \"drive\"", "\"name\": \"drive\", \"description\": \"v2\""));
		assertThat(changed.status()).as(changed.body()).isEqualTo(202);

		long readsBefore = reads(awsId);
		SimulatedAccount.sleep(Duration.ofMillis(3000));
		long reads = reads(awsId) - readsBefore;
		// Waits double from 100 ms up to 800 ms: about 6 looks in 3 s, where polling every 100 ms would make 30.
		assertThat(reads).as("one read per backoff step, no busy polling").isBetween(2L, 8L);
		assertThat(aws.stats().at("/calls/UpdateGatewayTarget").asLong(0)).as("the change waits for the consent").isZero();
		assertThat(api.get(path).json().at("/status/phase").asString()).isEqualTo("AWAITING_CONSENT");

		Http.Response consent = new Http(portOf(url)).get(url.substring(url.indexOf("/local/")), null);
		assertThat(consent.status()).isEqualTo(200);
		JsonNode ready = await(() -> {
			JsonNode target = api.get(path).json();
			return target.at("/status/phase").asString().equals("READY") && target.at("/status/observedGeneration").asLong() == 2
					? target : null;
		});
		assertThat(ready.at("/status").has("authorizationUrl")).isFalse();
		assertThat(heldTarget(awsId).get("description").asString()).as("the change waited, then was applied").isEqualTo("v2");
	}

	@Test
	void aTargetWaitingForConsentIsNotDeletedInAwsAndItsStatusSaysWhatThePersonDoes() {
		String path = targets + "/" + post(targets, """
				{"name": "mail", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://mail.example.com/mcp"},
				 "credentials": {"type": "OAUTH", "providerArn": "%s", "scopes": ["mail.read"],
				   "grantType": "AUTHORIZATION_CODE", "defaultReturnUrl": "https://app.example.com/done"}}""".formatted(OAUTH));
		String url = awaitPhase(path.substring(targets.length() + 1), "AWAITING_CONSENT").at("/status/authorizationUrl").asString();
		String gateway = targets.substring(0, targets.length() - "/targets".length());
		long deletesBefore = aws.stats().at("/calls/DeleteGatewayTarget").asLong(0);

		assertThat(api.delete(gateway + "?cascade=true", "\"0\"").status()).isEqualTo(202);
		JsonNode waiting = await(() -> {
			JsonNode target = api.get(path).json();
			return "TARGET_DELETE_AWAITS_CONSENT".equals(target.at("/status/lastError/code").asString(null)) ? target : null;
		});
		assertThat(waiting.at("/status/phase").asString()).isEqualTo("DELETING");
		assertThat(waiting.at("/status/message").asString()).contains(url).contains("simulated-user")
			.contains("complete the consent").contains("gateway's deletion");
		await(() -> api.get(gateway).json().at("/status/message").asString("").contains("mail") ? true : null);
		SimulatedAccount.sleep(Duration.ofMillis(1500));
		assertThat(aws.stats().at("/calls/DeleteGatewayTarget").asLong(0)).as("no delete AgentCore would refuse")
			.isEqualTo(deletesBefore);
		assertThat(events(path).stream().filter(event -> event.contains("does not delete a target"))).hasSize(1);

		assertThat(new Http(portOf(url)).get(url.substring(url.indexOf("/local/")), null).status()).isEqualTo(200);
		await(() -> api.get(gateway).status() == 404 ? true : null);
	}

	String post(String path, String body) {
		Http.Response response = api.post(path, body);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("id").asString();
	}

	JsonNode awaitPhase(String id, String phase) {
		return await(() -> {
			JsonNode target = api.get(targets + "/" + id).json();
			return target.at("/status/phase").asString().equals(phase) ? target : null;
		});
	}

	JsonNode heldTarget(String targetId) {
		return aws.resources().get("targets").valueStream()
			.filter(target -> target.get("targetId").asString().equals(targetId))
			.findFirst()
			.orElseThrow();
	}

	long reads(String targetId) {
		return aws.stats().at("/reads/" + targetId).asLong(0);
	}

	List<String> events(String path) {
		String gateway = targets.substring(0, targets.length() - "/targets".length());
		return api.get(gateway + "/events?limit=200").json().get("items").valueStream()
			.map(event -> event.get("message").asString())
			.toList();
	}

	static int portOf(String url) {
		return java.net.URI.create(url).getPort();
	}

}
