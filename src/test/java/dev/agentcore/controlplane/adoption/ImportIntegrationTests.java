package dev.agentcore.controlplane.adoption;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayStatus;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.ScriptedServer;
import dev.agentcore.controlplane.support.SimulatedAwsTests;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gateways and targets made directly in the simulated account, on AgentCore's wire protocol, as
 * the console or a toolkit would: listed as unmanaged, imported with one call, READY without one
 * call that changes AWS, and managed like any other afterwards.
 */
class ImportIntegrationTests extends SimulatedAwsTests {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@org.springframework.beans.factory.annotation.Autowired
	javax.sql.DataSource dataSource;

	static final List<String> MUTATING = List.of("CreateGateway", "UpdateGateway", "DeleteGateway", "CreateGatewayTarget",
			"UpdateGatewayTarget", "DeleteGatewayTarget", "SynchronizeGatewayTargets", "TagResource", "UntagResource",
			"CreateRole", "PutRolePolicy", "DeleteRolePolicy", "DeleteRole", "TagRole", "UpdateAssumeRolePolicy",
			"PutResourcePolicy", "DeleteResourcePolicy");

	@Test
	void aGatewayMadeElsewhereIsListedImportedReadyWithoutChangesAndThenManaged() {
		String name = unique("Console");
		String awsId = gatewayInAws(name, "");
		String lambda = targetInAws(awsId, lambdaTarget("weather"));
		String mcp = targetInAws(awsId, """
				{"name": "docs", "description": "Docs server", "targetConfiguration": {"mcp": {"mcpServer": {"endpoint": "https://mcp.example.com/mcp"}}}}""");
		Api admin = Api.asAdmin(port);
		JsonNode listed = listed(admin, awsId);
		assertThat(listed.get("managed").asBoolean()).isFalse();
		assertThat(listed.get("managedBy").isNull()).isTrue();
		assertThat(listed.get("name").asString()).isEqualTo(name);

		Map<String, Long> before = mutatingCalls();
		Http.Response response = importForTeam(awsId);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		JsonNode imported = response.json();
		String id = imported.get("id").asString();
		assertThat(response.header("Location")).hasValue("/api/v1/gateways/" + id);
		assertThat(imported.get("targets").valueStream().map(t -> t.get("awsTargetId").asString()))
			.containsExactlyInAnyOrder(lambda, mcp);
		assertThat(imported.get("skippedTargets")).isEmpty();
		assertThat(imported.at("/idpProfile/reused").asBoolean()).isFalse();

		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		await(() -> api.get("/api/v1/gateways/" + id + "/targets").json().get("items").valueStream()
			.allMatch(t -> t.at("/status/phase").asString().equals("READY")) ? true : null);
		assertThat(ready.at("/aws/gatewayId").asString()).isEqualTo(awsId);
		assertThat(ready.at("/status/observedGeneration").asLong()).isEqualTo(1);
		assertThat(ready.get("tags").get("cost-center").asString()).isEqualTo("tools");
		assertThat(ready.at("/protocol/instructions").asString()).isEqualTo("Use for weather.");
		assertThat(mutatingCalls()).as("the first reconcile found nothing to change").isEqualTo(before);
		JsonNode profile = api.get("/api/v1/idp-profiles/" + ready.at("/authorizer/idpProfileId").asString()).json();
		assertThat(profile.get("allowedClients").valueStream().map(JsonNode::asString)).containsExactly("agents");
		assertThat(api.get("/api/v1/gateways/" + id + "/events?limit=100").json().get("items").valueStream()
			.map(e -> e.get("type").asString())).contains("IMPORTED");

		JsonNode managed = listed(admin, awsId);
		assertThat(managed.get("managed").asBoolean()).isTrue();
		assertThat(managed.at("/managedBy/id").asString()).isEqualTo(id);
		Http.Response again = importForTeam(awsId);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("GATEWAY_ALREADY_MANAGED");

		String body = api.get("/api/v1/gateways/" + id).body();
		String version = api.get("/api/v1/gateways/" + id).header("ETag").orElseThrow();
		String change = """
				{"name": "%s", "description": "Managed now", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": %s, "protocol": {"instructions": "Use for weather."}, "tags": {"cost-center": "tools"}}"""
			.formatted(name, JSON.readTree(body).get("authorizer"));
		assertThat(api.put("/api/v1/gateways/" + id, version, change).status()).isEqualTo(202);
		await(() -> {
			JsonNode g = api.get("/api/v1/gateways/" + id).json();
			return g.at("/status/phase").asString().equals("READY") && g.at("/status/observedGeneration").asLong() == 2 ? g : null;
		});
		assertThat(agentCore.getGateway(r -> r.gatewayIdentifier(awsId)).description()).isEqualTo("Managed now");
	}

	@Test
	void aGatewaysResourcePolicyIsImportedAsDeclaredAndOwned() {
		String awsId = gatewayInAws(unique("Opened"), "");
		String arn = agentCore.getGateway(r -> r.gatewayIdentifier(awsId)).gatewayArn();
		String policy = """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::222233334444:role/partner"},
				 "Action": "bedrock-agentcore:InvokeGateway", "Resource": "%s"}]}""".formatted(arn);
		agentCore.putResourcePolicy(r -> r.resourceArn(arn).policy(policy));
		Map<String, Long> before = mutatingCalls();
		Http.Response response = importForTeam(awsId);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		String id = response.json().get("id").asString();
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		assertThat(ready.get("resourcePolicy")).isEqualTo(JSON.readTree(policy));
		assertThat(mutatingCalls()).as("the policy AWS holds is the declared one").isEqualTo(before);

		String version = api.get("/api/v1/gateways/" + id).header("ETag").orElseThrow();
		JsonNode declared = api.get("/api/v1/gateways/" + id).json();
		String withoutPolicy = """
				{"name": "%s", "description": "Made in the console", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": %s, "protocol": {"instructions": "Use for weather."}, "tags": {"cost-center": "tools"}}"""
			.formatted(declared.get("name").asString(), declared.get("authorizer"));
		assertThat(api.put("/api/v1/gateways/" + id, version, withoutPolicy).status()).isEqualTo(202);
		await(() -> calls("DeleteResourcePolicy") > before.get("DeleteResourcePolicy") ? true : null);
	}

	@Test
	void anIdenticalProfileIsReusedAndWhatTheApiCannotExpressIsReportedAndKept() {
		String first = gatewayInAws(unique("First"), "");
		String second = gatewayInAws(unique("Waf"), ", \"wafConfiguration\": {\"failureMode\": \"FAIL_OPEN\"}");
		String hidden = targetInAws(second, """
				{"name": "private", "targetConfiguration": {"mcp": {"mcpServer": {"endpoint": "https://internal.example.com/mcp"}}},
				 "privateEndpoint": {"managedVpcResource": {"vpcIdentifier": "vpc-0a1b2c3d", "subnetIds": ["subnet-0a1b2c3d"],
				   "endpointIpAddressType": "IPV4"}}}""");
		JsonNode one = importForTeam(first).json();
		Map<String, Long> before = mutatingCalls();
		JsonNode two = importForTeam(second).json();
		assertThat(two.at("/idpProfile/reused").asBoolean()).isTrue();
		assertThat(two.at("/idpProfile/id").asString()).isEqualTo(one.at("/idpProfile/id").asString());
		assertThat(two.get("notExpressible").valueStream().map(JsonNode::asString))
			.anySatisfy(note -> assertThat(note).contains("wafConfiguration").contains("kept as AWS holds it"));
		assertThat(two.get("skippedTargets")).as("updates keep a private endpoint, so it no longer stops an import").isEmpty();
		assertThat(two.at("/targets/0/awsTargetId").asString()).isEqualTo(hidden);
		assertThat(two.at("/targets/0/notExpressible").valueStream().map(JsonNode::asString))
			.anySatisfy(note -> assertThat(note).contains("privateEndpoint").contains("write them back"));
		awaitPhase("/api/v1/gateways/" + two.get("id").asString(), "READY");
		assertThat(mutatingCalls()).isEqualTo(before);
		assertThat(api.get("/api/v1/gateways/" + two.get("id").asString() + "/events?limit=50").json().get("items")
			.valueStream().filter(e -> e.get("type").asString().equals("IMPORTED")).map(e -> e.get("message").asString()))
			.anyMatch(message -> message.contains("wafConfiguration"))
			.anyMatch(message -> message.contains("privateEndpoint"));
	}

	@Test
	void aTargetAddedElsewhereIsImportedIntoAManagedGateway() {
		String awsId = gatewayInAws(unique("Grows"), "");
		String id = importForTeam(awsId).json().get("id").asString();
		awaitPhase("/api/v1/gateways/" + id, "READY");
		String added = targetInAws(awsId, lambdaTarget("later"));
		Map<String, Long> before = mutatingCalls();
		Http.Response imported = Api.asAdmin(port).post("/api/v1/gateways/" + id + "/targets/imports", "{\"awsTargetId\": \"" + added + "\"}");
		assertThat(imported.status()).as(imported.body()).isEqualTo(202);
		String target = imported.json().get("id").asString();
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id + "/targets/" + target, "READY");
		assertThat(ready.at("/aws/targetId").asString()).isEqualTo(added);
		assertThat(ready.at("/lambda/functionArn").asString()).endsWith(":function:later");
		assertThat(mutatingCalls()).isEqualTo(before);
		Http.Response again = Api.asAdmin(port).post("/api/v1/gateways/" + id + "/targets/imports", "{\"awsTargetId\": \"" + added + "\"}");
		assertThat(again.json().get("code").asString()).isEqualTo("TARGET_ALREADY_MANAGED");
		assertThat(importForTeam("nothing-a1b2c3d4e5").json().get("code")
			.asString()).isEqualTo("AWS_GATEWAY_NOT_FOUND");
	}

	@Test
	void aCursorAgentCoreRefusesIsTheCallersMistakeNotABadGateway() {
		Http.Response refused = Api.asAdmin(port).get("/api/v1/aws/gateways?cursor=not-a-token-of-agentcore");
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("cursor");
		assertThat(Api.asAdmin(port).get("/api/v1/aws/gateways?cursor=").status()).isEqualTo(400);
	}

	@Test
	void onlyAdminsImportAndAGatewayTaggedForATeamIsImportedOnlyForThatTeam() {
		Api teamB = Api.asTeam(port, unique("teamb"));
		String a = team(api);
		String b = team(teamB);
		String tagged = gatewayInAws(unique("Tagged"), "");
		String arn = agentCore.getGateway(r -> r.gatewayIdentifier(tagged)).gatewayArn();
		agentCore.tagResource(r -> r.resourceArn(arn).tags(Map.of("agentcore-control-plane:team", b)));
		String untagged = gatewayInAws(unique("Untagged"), "");
		for (Api team : List.of(api, teamB)) {
			assertThat(team.get("/api/v1/aws/gateways").status()).as("the inventory is for admins").isEqualTo(403);
			for (String awsId : List.of(tagged, untagged)) {
				Http.Response refused = team.post("/api/v1/gateways/imports", "{\"awsGatewayId\": \"" + awsId + "\"}");
				assertThat(refused.status()).as(refused.body()).isEqualTo(403);
				assertThat(refused.json().get("code").asString()).isEqualTo("IMPORT_FOR_ADMINS_ONLY");
			}
		}
		Api admin = Api.asAdmin(port);
		Http.Response forA = admin.post("/api/v1/gateways/imports",
				"{\"awsGatewayId\": \"" + tagged + "\", \"team\": \"" + a + "\"}");
		assertThat(forA.status()).as(forA.body()).isEqualTo(409);
		assertThat(forA.json().get("code").asString()).isEqualTo("GATEWAY_TAGGED_FOR_ANOTHER_TEAM");
		assertThat(forA.json().get("taggedTeam").asString()).isEqualTo(b);
		assertThat(admin.post("/api/v1/gateways/imports", "{\"awsGatewayId\": \"" + tagged + "\"}").json().get("code")
			.asString()).as("nor for the admin's own team").isEqualTo("GATEWAY_TAGGED_FOR_ANOTHER_TEAM");
		assertThat(listed(admin, tagged).get("managed").asBoolean()).isFalse();
		assertThat(api.get("/api/v1/gateways").json().get("items")).as("nothing declared for team A").isEmpty();

		Http.Response forB = admin.post("/api/v1/gateways/imports",
				"{\"awsGatewayId\": \"" + tagged + "\", \"team\": \"" + b + "\"}");
		assertThat(forB.status()).as(forB.body()).isEqualTo(202);
		String id = forB.json().get("id").asString();
		assertThat(forB.json().get("team").asString()).isEqualTo(b);
		assertThat(api.get("/api/v1/gateways/" + id).status()).isEqualTo(404);
		assertThat(api.delete("/api/v1/gateways/" + id, "*").status()).as("team A cannot delete it").isEqualTo(404);
		assertThat(teamB.get("/api/v1/gateways/" + id).status()).isEqualTo(200);
		await(() -> teamB.get("/api/v1/gateways/" + id).json().at("/status/phase").asString().equals("READY") ? true : null);

		String added = targetInAws(tagged, lambdaTarget("tagged"));
		Http.Response byOwner = teamB.post("/api/v1/gateways/" + id + "/targets/imports", "{\"awsTargetId\": \"" + added + "\"}");
		assertThat(byOwner.status()).as("target imports are for admins too").isEqualTo(403);
		assertThat(byOwner.json().get("code").asString()).isEqualTo("IMPORT_FOR_ADMINS_ONLY");
		Http.Response target = admin.post("/api/v1/gateways/" + id + "/targets/imports", "{\"awsTargetId\": \"" + added + "\"}");
		assertThat(target.status()).as(target.body()).isEqualTo(202);
		assertThat(teamB.get("/api/v1/gateways/" + id + "/targets/" + target.json().get("id").asString()).status())
			.as("the target is the gateway's team's").isEqualTo(200);
	}

	@Test
	void theDiscoveryCheckOfAnImportRunsWhileNoDatabaseConnectionIsHeld() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		AtomicInteger fewestActive = new AtomicInteger(Integer.MAX_VALUE);
		try (ScriptedServer slow = new ScriptedServer(out -> {
			for (int i = 0; i < 20; i++) {
				fewestActive.accumulateAndGet(pool.getHikariPoolMXBean().getActiveConnections(), Math::min);
				Thread.sleep(25);
			}
			ScriptedServer.write(out, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
		})) {
			String awsId = gatewayInAws(unique("Slow"), "", slow.url("/.well-known/openid-configuration"));
			Http.Response imported = importForTeam(awsId);
			assertThat(imported.status()).as(imported.body()).isEqualTo(202);
			assertThat(slow.connections()).as("the discovery check fetched").isPositive();
			assertThat(fewestActive.get()).as("connections in use while the fetch waited").isZero();
		}
	}

	/** An admin imports for the test's team (imports are admin-only). */
	Http.Response importForTeam(String awsId) {
		return Api.asAdmin(port).post("/api/v1/gateways/imports",
				"{\"awsGatewayId\": \"" + awsId + "\", \"team\": \"" + team(api) + "\"}");
	}

	static String team(Api caller) {
		return caller.get("/api/v1/me").json().get("team").asString();
	}

	@Test
	void everyMemberTheApiExpressesComesBackAsDeclaredAfterALostDatabase() {
		String profile = api.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration",
				 "allowedScopes": ["tools:read"]}""".formatted(unique("p"), TestIssuer.get().issuer())).json().get("id").asString();
		String id = post("/api/v1/gateways", RICH_GATEWAY.formatted(unique("Rich"), profile));
		for (String target : RICH_TARGETS) {
			post("/api/v1/gateways/" + id + "/targets", target);
		}
		awaitPhase("/api/v1/gateways/" + id, "READY");
		await(() -> api.get("/api/v1/gateways/" + id + "/targets").json().get("items").valueStream()
			.allMatch(t -> t.at("/status/phase").asString().equals("READY")) ? true : null);
		JsonNode declared = api.get("/api/v1/gateways/" + id).json();
		Map<String, JsonNode> declaredTargets = targetsByName(id);
		assertThat(declaredTargets).hasSize(RICH_TARGETS.size());

		jdbc.sql("delete from gateway_targets where gateway_id = ?").param(java.util.UUID.fromString(id)).update();
		jdbc.sql("delete from gateways where id = ?").param(java.util.UUID.fromString(id)).update();
		String awsId = declared.at("/aws/gatewayId").asString();
		assertThat(listed(Api.asAdmin(port), awsId).get("managed").asBoolean()).as("left behind by a lost database").isFalse();

		Map<String, Long> before = mutatingCalls();
		JsonNode imported = importForTeam(awsId).json();
		assertThat(imported.get("skippedTargets")).as(imported.toString()).isEmpty();
		assertThat(imported.at("/idpProfile/id").asString()).as("the team's identical profile").isEqualTo(profile);
		String again = imported.get("id").asString();
		JsonNode ready = awaitPhase("/api/v1/gateways/" + again, "READY");
		await(() -> api.get("/api/v1/gateways/" + again + "/targets").json().get("items").valueStream()
			.allMatch(t -> t.at("/status/phase").asString().equals("READY")) ? true : null);
		assertThat(mutatingCalls()).isEqualTo(before);
		for (String member : List.of("name", "description", "roleArn", "authorizer", "protocol", "kmsKeyArn", "exceptionLevel",
				"tags", "interceptors", "policyEngine")) {
			assertThat(ready.get(member)).as(member).isEqualTo(declared.get(member));
		}
		Map<String, JsonNode> importedTargets = targetsByName(again);
		declaredTargets.forEach((name, target) -> {
			for (String member : List.of("type", "description", "openApi", "smithy", "lambda", "mcpServer", "apiGateway",
					"agentcoreRuntime", "credentials", "metadata")) {
				assertThat(importedTargets.get(name).get(member)).as(name + "." + member).isEqualTo(target.get(member));
			}
		});
	}

	Map<String, JsonNode> targetsByName(String gateway) {
		Map<String, JsonNode> targets = new java.util.TreeMap<>();
		api.get("/api/v1/gateways/" + gateway + "/targets").json().get("items").values()
			.forEach(target -> targets.put(target.get("name").asString(), target));
		return targets;
	}

	static final String RICH_GATEWAY = """
			{"name": "%s", "description": "Every member", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
			 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "%s", "advertisedScopeMapping": {"tools:read": "read"}},
			 "protocol": {"supportedVersions": ["2025-03-26"], "instructions": "All of it.", "searchType": "SEMANTIC",
			   "sessionTimeoutSeconds": 3600, "responseStreaming": true, "listToolsPagination": false},
			 "kmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c", "exceptionLevel": "DEBUG",
			 "tags": {"cost-center": "tools", "owner": "platform"},
			 "interceptors": [{"lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:redact", "points": ["REQUEST"],
			   "passRequestHeaders": true},
			  {"lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:audit", "points": ["RESPONSE"],
			   "excludeResponseBody": true}],
			 "policyEngine": {"arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/payments-a1b2c3d4e5",
			   "mode": "LOG_ONLY"}}""";

	static final String OPENAPI = "openapi: 3.0.0\\ninfo: {title: Orders, version: '1'}\\npaths:\\n  /orders:\\n    get:\\n"
			+ "      operationId: listOrders\\n      responses: {'200': {description: ok}}\\n";

	static final List<String> RICH_TARGETS = List.of("""
			{"name": "weather", "description": "Tools in S3", "type": "LAMBDA", "lambda": {
			 "functionArn": "arn:aws:lambda:us-east-1:123456789012:function:weather",
			 "toolSchema": {"s3": {"uri": "s3://tools/weather.json", "bucketOwnerAccountId": "123456789012"}}}}""", """
			{"name": "inline", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:inline",
			 "toolSchema": {"inline": [{"name": "get", "description": "Get one", "inputSchema": {"type": "object",
			   "properties": {"id": {"type": "string", "description": "the id"}, "tags": {"type": "array", "items": {"type": "string"}}},
			   "required": ["id"]}, "outputSchema": {"type": "object"}}]}}}""", """
			{"name": "orders", "type": "OPENAPI", "openApi": {"inline": "%s"},
			 "credentials": {"type": "API_KEY", "providerArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/apikeycredentialprovider/orders",
			   "parameterName": "x-api-key", "prefix": "Key", "location": "HEADER"}}""".formatted(OPENAPI), """
			{"name": "model", "type": "SMITHY", "smithy": {"s3": {"uri": "s3://models/service.json"}},
			 "credentials": {"type": "OAUTH", "providerArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/github",
			   "scopes": ["repo"], "customParameters": {"audience": "api"}, "grantType": "CLIENT_CREDENTIALS"}}""", """
			{"name": "docs", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://docs.example.com/mcp", "listingMode": "DYNAMIC",
			   "resourcePriority": 10}, "metadata": {"allowedRequestHeaders": ["x-correlation-id"]}}""", """
			{"name": "rest", "type": "API_GATEWAY", "apiGateway": {"restApiId": "a1b2c3d4e5", "stage": "prod",
			 "toolFilters": [{"path": "/orders", "methods": ["GET", "POST"]}],
			 "toolOverrides": [{"name": "list", "description": "List orders", "path": "/orders", "method": "GET"}]}}""", """
			{"name": "agent", "type": "AGENTCORE_RUNTIME", "agentcoreRuntime": {
			   "runtimeArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/orders_agent-a1b2c3d4e5", "qualifier": "DEFAULT"},
			 "credentials": {"type": "GATEWAY_IAM_ROLE", "signing": {"service": "bedrock-agentcore", "region": "us-east-1"}},
			 "metadata": {"allowedRequestHeaders": ["x-correlation-id"], "allowedResponseHeaders": ["x-rate-limit"]}}""");

	static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	/**
	 * A CUSTOM_JWT gateway made on AgentCore's wire protocol (POST /gateways/), READY in the simulated
	 * account; {@code later} members (only UpdateGateway takes some) are set by a PUT after.
	 */
	static String gatewayInAws(String name, String later) {
		return gatewayInAws(name, later, TestIssuer.get().issuer() + "/.well-known/openid-configuration");
	}

	static String gatewayInAws(String name, String later, String discovery) {
		String body = """
				{"name": "%s", "description": "Made in the console", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "protocolType": "MCP", "protocolConfiguration": {"mcp": {"instructions": "Use for weather."}},
				 "authorizerType": "CUSTOM_JWT", "authorizerConfiguration": {"customJWTAuthorizer": {"discoveryUrl": "%s",
				   "allowedClients": ["agents"]}}""".formatted(name, discovery);
		Http.Response created = simulatorHttp.send("POST", "/local/aws/agentcore/gateways/", null, "application/json",
				body + ", \"tags\": {\"cost-center\": \"tools\"}}");
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		String id = created.json().get("gatewayId").asString();
		await(() -> agentCore.getGateway(r -> r.gatewayIdentifier(id)).status() == GatewayStatus.READY ? true : null);
		if (!later.isEmpty()) {
			Http.Response updated = simulatorHttp.send("PUT", "/local/aws/agentcore/gateways/" + id + "/", null,
					"application/json", body + later + "}");
			assertThat(updated.status()).as(updated.body()).isEqualTo(202);
			await(() -> agentCore.getGateway(r -> r.gatewayIdentifier(id)).status() == GatewayStatus.READY ? true : null);
		}
		return id;
	}

	static String targetInAws(String gatewayId, String body) {
		Http.Response created = simulatorHttp.send("POST", "/local/aws/agentcore/gateways/" + gatewayId + "/targets/", null,
				"application/json", body);
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		String id = created.json().get("targetId").asString();
		await(() -> agentCore.getGatewayTarget(r -> r.gatewayIdentifier(gatewayId).targetId(id)).statusAsString()
			.equals("READY") ? true : null);
		return id;
	}

	static String lambdaTarget(String function) {
		return """
				{"name": "%s", "targetConfiguration": {"mcp": {"lambda": {"lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:%s",
				 "toolSchema": {"inlinePayload": [{"name": "get_weather", "description": "Weather for a city",
				   "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]}}}},
				 "credentialProviderConfigurations": [{"credentialProviderType": "GATEWAY_IAM_ROLE"}]}"""
			.formatted(function, function);
	}

	JsonNode listed(Api admin, String awsId) {
		String cursor = null;
		do {
			JsonNode page = admin.get("/api/v1/aws/gateways?limit=200" + (cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8))).json();
			for (JsonNode item : page.get("items").values()) {
				if (item.get("gatewayId").asString().equals(awsId)) {
					return item;
				}
			}
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
		}
		while (cursor != null);
		throw new AssertionError(awsId + " is not listed");
	}

	static Map<String, Long> mutatingCalls() {
		JsonNode calls = resources().at("/stats/calls");
		Map<String, Long> counts = new java.util.TreeMap<>();
		MUTATING.forEach(operation -> counts.put(operation, calls.path(operation).asLong(0)));
		return counts;
	}

}
