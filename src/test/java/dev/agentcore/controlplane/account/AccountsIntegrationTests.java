package dev.agentcore.controlplane.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.agentcore.controlplane.simulator.SimulatedSessions;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts through the API against the simulated AWS, which holds the control plane's own account and
 * 210987654321, whose role AgentCoreControlPlaneAccess trusts the control plane with external id local-external-id.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountsIntegrationTests extends SecondAccountSupport {

	/**
	 * The second account from declaration to removal: a wrong external id leaves it FAILED with the trust policy to add;
	 * the right one makes it READY; a gateway placed in it (eu-west-1) with a Lambda target is READY with ARNs of that
	 * account and region, held by the simulated AgentCore there and nowhere else; a team the account does not name gets
	 * 403; the account is not removed while it holds the gateway; no assumed credential shows anywhere.
	 */
	@Test
	void theSecondAccountFromDeclarationToRemoval(CapturedOutput output) {
		Api admin = Api.asAdmin(port);
		String team = api.get("/api/v1/me").json().get("team").asString();
		Http.Response declared = admin.post("/api/v1/accounts", account("wrong-external-id", team));
		assertThat(declared.status()).as(declared.body()).isEqualTo(202);
		String path = "/api/v1/accounts/" + declared.json().get("id").asString();

		JsonNode failed = awaitPhase(admin, path, "FAILED");
		assertThat(failed.at("/status/lastError/code").asString()).isEqualTo("ACCOUNT_ROLE_NOT_ASSUMED");
		String message = failed.at("/status/message").asString();
		assertThat(message).contains("sts:AssumeRole", "\"sts:ExternalId\":\"wrong-external-id\"",
				"arn:aws:iam::123456789012:role/", ROLE);
		JsonNode plan = admin.get(path + "/permissions").json();
		assertThat(plan.at("/trustPolicy/Statement/0/Condition/StringEquals/sts:ExternalId").asString())
			.isEqualTo("wrong-external-id");
		assertThat(plan.at("/trustPolicy/Statement/0/Action").asString()).isEqualTo("sts:AssumeRole");
		assertThat(plan.at("/trustPolicy/Statement").size()).isEqualTo(1);
		assertThat(plan.at("/controlPlanePolicy/Statement/0/Resource").asString()).isEqualTo(ROLE);

		Http.Response fixed = admin.put(path, etag(admin, path), account("local-external-id", team));
		assertThat(fixed.status()).as(fixed.body()).isEqualTo(202);
		JsonNode ready = awaitPhase(admin, path, "READY");
		assertThat(ready.at("/aws/accountId").asString()).isEqualTo(SECOND);
		assertThat(ready.at("/aws/sessionArn").asString())
			.isEqualTo("arn:aws:sts::" + SECOND + ":assumed-role/AgentCoreControlPlaneAccess/agentcore-control-plane");
		assertThat(ready.at("/status/message").asString()).contains("us-east-1, eu-west-1");

		JsonNode usable = api.get("/api/v1/me").json().get("accounts");
		assertThat(usable.size()).isEqualTo(1);
		assertThat(usable.at("/0/accountId").asString()).isEqualTo(SECOND);
		assertThat(usable.at("/0/regions/1").asString()).isEqualTo("eu-west-1");
		assertThat(Api.asTeam(port, "outsiders").get("/api/v1/me").json().get("accounts").size()).isZero();

		// A team the account does not name may not place a gateway there.
		Http.Response refused = Api.asTeam(port, "outsiders").post("/api/v1/gateways",
				placedGateway(dev.agentcore.controlplane.support.Fixtures.unique("Outside")));
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.json().get("code").asString()).isEqualTo("PLACEMENT_NOT_ALLOWED");

		String name = dev.agentcore.controlplane.support.Fixtures.unique("Placed");
		String gateway = "/api/v1/gateways/" + post("/api/v1/gateways", placedGateway(name));
		String target = gateway + "/targets/" + post(gateway + "/targets", """
				{"name": "weather", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:eu-west-1:%s:function:weather",
				 "toolSchema": {"inline": [{"name": "get_weather", "description": "Weather for a city",
				   "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}}}]}}}""".formatted(SECOND));
		JsonNode placed = awaitPhase(gateway, "READY");
		awaitPhase(target, "READY");
		String gatewayArn = placed.at("/aws/gatewayArn").asString();
		assertThat(gatewayArn).startsWith("arn:aws:bedrock-agentcore:eu-west-1:" + SECOND + ":gateway/");
		assertThat(placed.at("/placement/accountId").asString()).isEqualTo(SECOND);
		assertThat(placed.at("/placement/region").asString()).isEqualTo("eu-west-1");
		String awsId = placed.at("/aws/gatewayId").asString();
		assertThat(held(SECOND, "eu-west-1")).containsExactly(awsId);
		assertThat(held(SECOND, "us-east-1")).doesNotContain(awsId);
		assertThat(held(null, null)).doesNotContain(awsId);
		assertThat(simulatorHttp.get("/local/aws/resources?accountId=" + SECOND + "&region=eu-west-1", null).json()
			.at("/targets/0/gatewayArn").asString()).isEqualTo(gatewayArn);

		// Placement never changes.
		Http.Response moved = api.put(gateway, api.get(gateway).header("ETag").orElseThrow(),
				placedGateway(name).replace("eu-west-1", "us-east-1"));
		assertThat(moved.status()).as(moved.body()).isEqualTo(409);
		assertThat(moved.json().get("code").asString()).isEqualTo("PLACEMENT_IMMUTABLE");

		// The account is not removed while it holds the gateway.
		Http.Response held = admin.delete(path, etag(admin, path));
		assertThat(held.status()).as(held.body()).isEqualTo(409);
		assertThat(held.json().get("code").asString()).isEqualTo("ACCOUNT_HOLDS_GATEWAYS");
		assertThat(held.json().get("detail").asString()).contains(name);

		// The assumed credentials are never returned nor logged.
		List<String> secrets = SimulatedSessions.secrets(simulator);
		assertThat(secrets).isNotEmpty();
		String shown = admin.get(path).body() + admin.get(path + "/events").body() + admin.get(path + "/permissions").body()
				+ admin.get("/api/v1/accounts").body() + api.get(gateway).body() + api.get(gateway + "/events").body()
				+ output.getAll();
		secrets.forEach(secret -> assertThat(shown).doesNotContain(secret));

		assertThat(api.delete(gateway + "?cascade=true", api.get(gateway).header("ETag").orElseThrow()).status())
			.isEqualTo(202);
		await(() -> api.get(gateway).status() == 404 ? true : null);
		assertThat(held(SECOND, "eu-west-1")).doesNotContain(awsId);
		Http.Response deleted = admin.delete(path, etag(admin, path));
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(202);
		await(() -> admin.get(path).status() == 404 ? true : null);
	}

	@Test
	void onlyAdminsManageAccounts() {
		Http.Response refused = api.post("/api/v1/accounts", account("local-external-id", "payments"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("code").asString()).isEqualTo("ADMIN_ONLY");
		assertThat(api.get("/api/v1/accounts").status()).isEqualTo(403);
	}

	@Test
	void aRoleOfAnotherAccountIsRefusedNamingTheField() {
		Http.Response refused = Api.asAdmin(port).post("/api/v1/accounts", """
				{"accountId": "333333333333", "regions": ["us-east-1"], "roleArn": "%s", "externalId": "x1",
				 "teams": []}""".formatted(ROLE));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("roleArn", "333333333333");
	}

	private static String placedGateway(String name) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::%s:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"},
				 "placement": {"accountId": "%s", "region": "eu-west-1"}}""".formatted(name, SECOND, SECOND);
	}

	/** The ids of the gateways the simulated AgentCore holds in an account and region (nulls: its own). */

	private static String etag(Api admin, String path) {
		return admin.get(path).header("ETag").orElseThrow();
	}

}
