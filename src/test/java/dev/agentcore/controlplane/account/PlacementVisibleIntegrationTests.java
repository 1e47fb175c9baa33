package dev.agentcore.controlplane.account;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.simulator.SimulatedSessions;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.SimulatedAwsTests;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the control plane shows of the second account (210987654321, eu-west-1) follows placement: the account's
 * inventory is read through its role, only by a team the account allows; an import of a gateway found there keeps
 * its placement; the resources metric and the catalog name the account and region; the simulator's faults are set
 * per account and region.
 */
class PlacementVisibleIntegrationTests extends SimulatedAwsTests {

	private static final String SECOND = "210987654321";

	private static final String THERE = "?accountId=" + SECOND + "&region=eu-west-1";

	@Test
	void theSecondAccountsInventoryIsReadThroughItsRoleByTheTeamsItAllows() {
		Api admin = teamAdmin();
		String gateway = "/api/v1/gateways/" + post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::%s:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"},
				 "placement": {"accountId": "%<s", "region": "eu-west-1"}}""".formatted(unique("There"), SECOND));
		String awsId = awaitPhase(gateway, "READY").at("/aws/gatewayId").asString();
		try {
			// Listed there, through the account's role, and not in the control plane's own account.
			JsonNode listed = find(admin.get("/api/v1/aws/gateways" + THERE + "&limit=200"), awsId);
			assertThat(listed).as("listed in " + SECOND + "/eu-west-1").isNotNull();
			assertThat(listed.at("/managedBy/id").asString()).isEqualTo(gateway.substring(gateway.lastIndexOf('/') + 1));
			assertThat(find(admin.get("/api/v1/aws/gateways?limit=200"), awsId)).as("not in the own account").isNull();

			// Only a team the account allows reads it; a malformed or half placement names the parameter.
			Http.Response refused = Api.asAdmin(port).get("/api/v1/aws/gateways" + THERE);
			assertThat(refused.status()).as(refused.body()).isEqualTo(403);
			assertThat(refused.json().get("code").asString()).isEqualTo("PLACEMENT_NOT_ALLOWED");
			assertThat(fields(admin.get("/api/v1/aws/gateways?accountId=2109&region=eu-west-1"))).containsExactly("accountId");
			assertThat(fields(admin.get("/api/v1/aws/gateways?accountId=" + SECOND))).containsExactly("region");
			assertThat(fields(admin.get("/api/v1/aws/gateways?region=eu-west-1"))).containsExactly("accountId");

			// The resources metric and the catalog name the account and region.
			assertThat(admin.get("/actuator/prometheus").body()).contains("controlplane_resources{account=\"" + SECOND
					+ "\",kind=\"gateway\",phase=\"READY\",region=\"eu-west-1\"} 1.0",
					"controlplane_resources{account=\"own\",kind=\"gateway\",phase=\"READY\",region=\"own\"}");
			JsonNode entity = api.get("/api/v1/catalog/entities").json().at("/items/0/metadata");
			assertThat(entity.at("/annotations/agentcore.dev~1aws-account-id").asString()).isEqualTo(SECOND);
			assertThat(entity.at("/labels/agentcore.dev~1aws-region").asString()).isEqualTo("eu-west-1");
		}
		finally {
			removed(gateway);
		}
	}

	/**
	 * A gateway made in the second account is imported from there (not found in the control plane's own account),
	 * declared with that placement and the ARN AWS gave it there.
	 */
	@Test
	void anImportOfAGatewayFoundInTheSecondAccountKeepsItsPlacement() {
		Api admin = teamAdmin();
		String awsId = gatewayInSecondAccount(unique("Console"));
		try {
			Http.Response notHome = admin.post("/api/v1/gateways/imports", "{\"awsGatewayId\": \"" + awsId + "\"}");
			assertThat(notHome.status()).as(notHome.body()).isEqualTo(404);
			assertThat(notHome.json().get("code").asString()).isEqualTo("AWS_GATEWAY_NOT_FOUND");
			Http.Response imported = admin.post("/api/v1/gateways/imports", """
					{"awsGatewayId": "%s", "placement": {"accountId": "%s", "region": "eu-west-1"}}""".formatted(awsId, SECOND));
			assertThat(imported.status()).as(imported.body()).isEqualTo(202);
			String gateway = "/api/v1/gateways/" + imported.json().get("id").asString();
			JsonNode ready = awaitPhase(gateway, "READY");
			assertThat(ready.at("/placement/accountId").asString()).isEqualTo(SECOND);
			assertThat(ready.at("/placement/region").asString()).isEqualTo("eu-west-1");
			assertThat(ready.at("/aws/gatewayArn").asString()).startsWith("arn:aws:bedrock-agentcore:eu-west-1:" + SECOND + ":");
			assertThat(find(admin.get("/api/v1/aws/gateways" + THERE + "&limit=200"), awsId).get("managed").asBoolean()).isTrue();
			removed(gateway);
		}
		finally {
			deletedInSecondAccount(awsId);
		}
	}

	/** An admin of the test's team, which the second account (declared here, READY) allows. */
	private Api teamAdmin() {
		String team = api.get("/api/v1/me").json().get("team").asString();
		Api admin = Api.withToken(port, TestIssuer.get().token(team, "controlplane:write", "controlplane:admin"));
		JsonNode existing = Api.asAdmin(port).get("/api/v1/accounts").json().at("/items/0");
		Http.Response declared = existing.isMissingNode()
				? Api.asAdmin(port).post("/api/v1/accounts", account(team))
				: Api.asAdmin(port).put("/api/v1/accounts/" + existing.get("id").asString(),
						Api.asAdmin(port).get("/api/v1/accounts/" + existing.get("id").asString()).header("ETag").orElseThrow(),
						account(team));
		assertThat(declared.status()).as(declared.body()).isIn(200, 202);
		String path = "/api/v1/accounts/" + declared.json().get("id").asString();
		await(() -> {
			JsonNode now = admin.get(path).json();
			return now.at("/status/phase").asString().equals("READY") && now.at("/teams/0").asString().equals(team)
					? true : null;
		});
		return admin;
	}

	private static String account(String team) {
		return """
				{"accountId": "%s", "regions": ["us-east-1", "eu-west-1"],
				 "roleArn": "arn:aws:iam::%<s:role/AgentCoreControlPlaneAccess", "externalId": "local-external-id",
				 "teams": ["%s"]}""".formatted(SECOND, team);
	}

	/** Deleted here and in AWS: other classes share the simulated account. */
	private void removed(String gateway) {
		Http.Response found = api.get(gateway);
		if (found.status() == 404) {
			return;
		}
		assertThat(api.delete(gateway + "?cascade=true", found.header("ETag").orElseThrow()).status()).isEqualTo(202);
		await(() -> api.get(gateway).status() == 404 ? true : null);
	}

	/** Gone from the second account's eu-west-1, whoever made it: other classes share the simulated account. */
	private static void deletedInSecondAccount(String awsId) {
		simulatorHttp.send("DELETE", "/local/aws/agentcore/gateways/" + awsId + "/", null, null, null,
				signedInSecondAccount());
		await(() -> simulatorHttp.get("/local/aws/resources" + THERE, null).json().get("gateways").valueStream()
			.noneMatch(gateway -> gateway.get("gatewayId").asString().equals(awsId)) ? true : null);
	}


	@Test
	void faultsOfAnAccountAndRegionAreNamedInTheBodyOrTheQuery() {
		Http.Response put = simulatorHttp.send("PUT", "/local/aws/faults", null, "application/json",
				"{\"accountId\": \"" + SECOND + "\", \"region\": \"eu-west-1\", \"latencyMs\": 7}");
		try {
			assertThat(put.status()).as(put.body()).isEqualTo(200);
			assertThat(simulatorHttp.get("/local/aws/faults" + THERE, null).json().get("latencyMs").asLong()).isEqualTo(7);
			assertThat(simulatorHttp.get("/local/aws/faults", null).json().get("latencyMs").asLong()).isZero();
			Http.Response both = simulatorHttp.send("PUT", "/local/aws/faults?accountId=310987654321&region=eu-west-1",
					null, "application/json", "{\"accountId\": \"" + SECOND + "\"}");
			assertThat(both.status()).isEqualTo(400);
			assertThat(fields(both)).containsExactly("accountId");
			assertThat(simulatorHttp.get("/local/aws/resources" + THERE, null).json().at("/stats/gatewaysCreated").isNumber())
				.isTrue();
		}
		finally {
			simulatorHttp.send("PUT", "/local/aws/faults" + THERE, null, "application/json", "{}");
		}
	}

	/**
	 * A gateway made in the second account's eu-west-1 on AgentCore's wire, as its own console would: signed (the
	 * simulator reads the account from the access key and the region from the scope) with the session the control
	 * plane was handed for the account.
	 */
	private static String gatewayInSecondAccount(String name) {
		Http.Response created = simulatorHttp.send("POST", "/local/aws/agentcore/gateways/", null, "application/json", """
				{"name": "%s", "roleArn": "arn:aws:iam::%s:role/AgentCoreGatewayRole", "protocolType": "MCP",
				 "authorizerType": "NONE"}""".formatted(name, SECOND), signedInSecondAccount());
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		String id = created.json().get("gatewayId").asString();
		await(() -> simulatorHttp.get("/local/aws/resources" + THERE, null).json().get("gateways").valueStream()
			.anyMatch(gateway -> gateway.get("gatewayId").asString().equals(id)
					&& gateway.get("status").asString().equals("READY")) ? true : null);
		return id;
	}

	private static Map<String, String> signedInSecondAccount() {
		List<String> secrets = SimulatedSessions.secrets(simulator);
		return Map.of("Authorization", "AWS4-HMAC-SHA256 Credential=" + secrets.get(secrets.size() - 3)
				+ "/20261207/eu-west-1/bedrock-agentcore/aws4_request, SignedHeaders=host, Signature=0");
	}

	private static JsonNode find(Http.Response page, String awsId) {
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json().get("items").valueStream()
			.filter(item -> item.get("gatewayId").asString().equals(awsId))
			.findFirst()
			.orElse(null);
	}

	private static List<String> fields(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

}
