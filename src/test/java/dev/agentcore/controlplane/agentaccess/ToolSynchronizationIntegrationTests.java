package dev.agentcore.controlplane.agentaccess;

import java.nio.file.Path;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An MCP server whose tools change shows the new tool only after a synchronization through our API: the
 * gateway (probed as an agent would) keeps offering what AgentCore listed until then, and GET of the target shows
 * what the control plane listed on the gateway after it (AgentCore's GetGatewayTarget has no tool list), with an
 * event naming what changed. Where the control plane holds no credential the gateway takes, GET says why the tools
 * are unknown.
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.polling-interval=500ms" })
class ToolSynchronizationIntegrationTests {

	@DynamicPropertySource
	static void isolatedDatabaseAndData(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.isolated("tool_sync_tests").url());
		registry.add("controlplane.local.data-dir", () -> Path.of("target", "tool-sync-" + UUID.randomUUID()).toString());
	}

	@LocalServerPort
	int port;

	LocalAccount aws;

	String endpoint;

	@BeforeEach
	void setUp() {
		aws = new LocalAccount(port, "sync-" + UUID.randomUUID().toString().substring(0, 8));
		endpoint = "https://tickets-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com/mcp";
	}

	@Test
	void aSynchronizationShowsTheToolTheServerAddedInGetAndInAProbe() {
		serve("[{\"name\": \"list_tickets\", \"description\": \"Open tickets\"}]");
		String gateway = aws.created("/api/v1/gateways", """
				{"name": "sync-%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8)));
		String targets = "/api/v1/gateways/" + gateway + "/targets";
		String target = targets + "/" + aws.created(targets, """
				{"name": "tickets", "type": "MCP_SERVER", "mcpServer": {"endpoint": "%s"}}""".formatted(endpoint));
		JsonNode created = aws.awaitPhase(target, "READY");
		assertThat(probeTools(gateway)).containsExactly("tickets___list_tickets");
		assertThat(created.at("/aws/tools/items").valueStream().map(tool -> tool.get("name").asString()))
			.as(created.toString()).containsExactly("tickets___list_tickets");
		assertThat(created.at("/aws/tools/items/0/description").asString()).isEqualTo("Open tickets");

		serve("[{\"name\": \"list_tickets\", \"description\": \"Open tickets\"}, {\"name\": \"close_ticket\"}]");
		assertThat(probeTools(gateway)).as("AgentCore lists the server again only when asked").containsExactly("tickets___list_tickets");

		Http.Response accepted = aws.post(target + "/synchronizations", "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		JsonNode synced = LocalAccount.await(() -> {
			JsonNode now = aws.get(target).json();
			return "READY".equals(now.at("/status/phase").asString()) && now.at("/aws/lastSynchronizedAt").isString()
					&& !now.at("/aws/lastSynchronizedAt").equals(created.at("/aws/lastSynchronizedAt")) ? now : null;
		}, "the synchronization to be done");
		assertThat(synced.at("/aws/status").asString()).isEqualTo("READY");
		assertThat(probeTools(gateway)).containsExactly("tickets___list_tickets", "tickets___close_ticket");
		assertThat(synced.at("/aws/tools/items").valueStream().map(tool -> tool.get("name").asString()))
			.as(synced.toString()).containsExactly("tickets___list_tickets", "tickets___close_ticket");
		assertThat(synced.at("/aws/tools/unknownReason").isMissingNode()).isTrue();
		assertThat(aws.get("/api/v1/gateways/" + gateway + "/events").json().get("items").valueStream()
			.map(event -> event.get("message").asString()))
			.anyMatch(message -> message.contains("SynchronizeGatewayTargets") || message.contains("synchronizing"));
		assertThat(aws.get("/api/v1/gateways/" + gateway + "/events?limit=200").json().get("items").valueStream()
			.filter(event -> event.get("type").asString().equals("TOOLS_CHANGED"))
			.map(event -> event.get("message").asString()))
			.containsExactly("Tools added: tickets___close_ticket", "Tools listed: tickets___list_tickets");

		serve("[{\"name\": \"close_ticket\"}]");
		assertThat(aws.post(target + "/synchronizations", "").status()).isEqualTo(202);
		LocalAccount.await(() -> aws.get("/api/v1/gateways/" + gateway + "/events?limit=200").json().get("items").valueStream()
			.anyMatch(event -> event.get("message").asString().equals("Tools removed: tickets___list_tickets")) ? true : null,
				"the removed tool in the history");
		assertThat(aws.get(target).json().at("/aws/tools/items").valueStream().map(tool -> tool.get("name").asString()))
			.containsExactly("tickets___close_ticket");
	}

	@Test
	void theToolsOfATargetOnAGatewayThatTakesUserTokensAreUnknownAndGetSaysWhy() {
		serve("[{\"name\": \"list_tickets\"}]");
		String profile = aws.created("/api/v1/idp-profiles", """
				{"name": "sync-issuer-%s", "provider": "OIDC", "allowedAudience": ["controlplane"],
				 "discoveryUrl": "http://localhost:%d/local/oidc/.well-known/openid-configuration"}""".formatted(
				UUID.randomUUID().toString().substring(0, 8), port));
		String gateway = aws.created("/api/v1/gateways", """
				{"name": "jwt-sync-%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "%s"}}""".formatted(
				UUID.randomUUID().toString().substring(0, 8), profile));
		String targets = "/api/v1/gateways/" + gateway + "/targets";
		String target = targets + "/" + aws.created(targets, """
				{"name": "tickets", "type": "MCP_SERVER", "mcpServer": {"endpoint": "%s"}}""".formatted(endpoint));
		JsonNode ready = aws.awaitPhase(target, "READY");
		assertThat(ready.at("/aws/tools/items").isMissingNode()).as(ready.toString()).isTrue();
		assertThat(ready.at("/aws/tools/unknownReason").asString()).contains("CUSTOM_JWT").contains("/probes");
	}

	@Test
	void anIamGatewaysTargetToolsAreListedWithTheServicesSignature() {
		serve("[{\"name\": \"list_tickets\"}]");
		String gateway = aws.created("/api/v1/gateways", """
				{"name": "iam-sync-%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "AWS_IAM"}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8)));
		String targets = "/api/v1/gateways/" + gateway + "/targets";
		String target = targets + "/" + aws.created(targets, """
				{"name": "tickets", "type": "MCP_SERVER", "mcpServer": {"endpoint": "%s"}}""".formatted(endpoint));
		JsonNode ready = aws.awaitPhase(target, "READY");
		assertThat(ready.at("/aws/tools/items").valueStream().map(tool -> tool.get("name").asString()))
			.as(ready.toString()).containsExactly("tickets___list_tickets");
	}

	/**
	 * A gateway placed in another account and region answers only that account's principals, signing for its region:
	 * the listing signs with the account's assumed role (a signature of the control plane's own account is refused).
	 */
	@Test
	void aPlacedIamGatewaysTargetToolsAreListedWithTheAccountsAssumedRole() {
		String team = "placed-" + UUID.randomUUID().toString().substring(0, 8);
		LocalAccount placed = new LocalAccount(port, team);
		String admin = aws.http.postJson("/local/tokens", null,
				"{\"team\": \"platform\", \"scopes\": [\"controlplane:write\", \"controlplane:admin\"]}")
			.json().get("access_token").asString();
		Http.Response account = aws.http.postJson("/api/v1/accounts", admin, """
				{"accountId": "210987654321", "regions": ["eu-west-1"], "externalId": "local-external-id",
				 "roleArn": "arn:aws:iam::210987654321:role/AgentCoreControlPlaneAccess", "teams": ["%s"]}""".formatted(team));
		assertThat(account.status()).as(account.body()).isIn(202, 409);
		serve("[{\"name\": \"list_tickets\"}]");
		String gateway = placed.created("/api/v1/gateways", """
				{"name": "placed-sync-%s", "roleArn": "arn:aws:iam::210987654321:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "AWS_IAM"}, "placement": {"accountId": "210987654321", "region": "eu-west-1"}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8)));
		String targets = "/api/v1/gateways/" + gateway + "/targets";
		String target = targets + "/" + placed.created(targets, """
				{"name": "tickets", "type": "MCP_SERVER", "mcpServer": {"endpoint": "%s"}}""".formatted(endpoint));
		JsonNode ready = placed.awaitPhase(target, "READY");
		assertThat(ready.at("/aws/tools/items").valueStream().map(tool -> tool.get("name").asString()))
			.as(ready.toString()).containsExactly("tickets___list_tickets");
	}

	@Test
	void aTargetWithAStaticToolSchemaIsNotSynchronized() {
		String gateway = aws.created("/api/v1/gateways", """
				{"name": "static-%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8)));
		String targets = "/api/v1/gateways/" + gateway + "/targets";
		String target = targets + "/" + aws.created(targets, """
				{"name": "lambda-tools", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:f",
				 "toolSchema": {"inline": [{"name": "t", "description": "d", "inputSchema": {"type": "object"}}]}}}""");
		Http.Response refused = aws.post(target + "/synchronizations", "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("NOT_SYNCHRONIZABLE");
	}

	@Test
	void aScheduleIsShownAndAnIntervalTooShortOrUnreadableIsRefusedNamingTheField() {
		serve("[{\"name\": \"list_tickets\"}]");
		String gateway = aws.created("/api/v1/gateways", """
				{"name": "sched-%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"}}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8)));
		String targets = "/api/v1/gateways/" + gateway + "/targets";
		String body = """
				{"name": "tickets", "type": "MCP_SERVER", "mcpServer": {"endpoint": "%s"}, "synchronization": {"every": "%s"}}""";
		Http.Response tooShort = aws.post(targets, body.formatted(endpoint, "PT5M"));
		assertThat(tooShort.status()).as(tooShort.body()).isEqualTo(400);
		assertThat(tooShort.json().at("/errors/0/field").asString()).isEqualTo("synchronization.every");
		Http.Response unreadable = aws.post(targets, body.formatted(endpoint, "six hours"));
		assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(400);
		assertThat(unreadable.body()).contains("synchronization");
		String target = targets + "/" + aws.created(targets, body.formatted(endpoint, "PT6H"));
		JsonNode ready = aws.awaitPhase(target, "READY");
		assertThat(ready.at("/synchronization/every").asString()).isEqualTo("PT6H");
		assertThat(ready.at("/aws/tools/items/0/name").asString()).isEqualTo("tickets___list_tickets");
	}

	private void serve(String tools) {
		Http.Response served = aws.http.send("PUT", "/local/aws/mcp-servers", null, "application/json",
				"{\"endpoint\": \"" + endpoint + "\", \"tools\": " + tools + "}");
		assertThat(served.status()).as(served.body()).isEqualTo(200);
	}

	private java.util.List<String> probeTools(String gateway) {
		JsonNode probe = aws.post("/api/v1/gateways/" + gateway + "/probes", "{}").json();
		assertThat(probe.get("httpStatus").asInt()).as(probe.toString()).isEqualTo(200);
		return probe.get("tools").valueStream().map(JsonNode::asString).toList();
	}

}
