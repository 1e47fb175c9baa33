package dev.agentcore.controlplane.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.agentcore.controlplane.simulator.SimulatedSessions;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Fixtures;
import dev.agentcore.controlplane.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a placed gateway depends on lives where it does: its managed execution role in the IAM of its account, its
 * rules and its policy engine in AgentCore of its account and region. Until the account is READY the gateway (and its role) wait for it,
 * saying so, and it wakes them once READY.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlacedDependentsIntegrationTests extends SecondAccountSupport {

	@Test
	void aPlacedGatewaysRoleAndRuleLiveInItsAccountAndItWaitsForTheAccount(CapturedOutput output) {
		Api admin = Api.asAdmin(port);
		String team = api.get("/api/v1/me").json().get("team").asString();
		Http.Response declared = admin.post("/api/v1/accounts", account("not-yet-the-external-id", team));
		assertThat(declared.status()).as(declared.body()).isEqualTo(202);
		String account = "/api/v1/accounts/" + declared.json().get("id").asString();
		awaitPhase(admin, account, "FAILED");

		// Placed while its account is FAILED: the gateway waits for it, naming it, instead of failing.
		String name = Fixtures.unique("PlacedDeps");
		String gateway = "/api/v1/gateways/" + post("/api/v1/gateways", """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"},
				 "placement": {"accountId": "%s", "region": "eu-west-1"}}""".formatted(name, SECOND));
		JsonNode waiting = await(() -> {
			JsonNode found = api.get(gateway).json();
			return found.at("/status/message").asString().contains("Waiting for account " + SECOND) ? found : null;
		});
		assertThat(waiting.at("/status/message").asString()).contains("FAILED");
		assertThat(waiting.at("/status/phase").asString()).isNotEqualTo("FAILED");
		assertThat(waiting.at("/status/attempts").asInt()).isZero();
		String target = gateway + "/targets/" + post(gateway + "/targets", """
				{"name": "orders", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:eu-west-1:%s:function:orders",
				 "toolSchema": {"inline": [{"name": "get_order", "description": "An order",
				   "inputSchema": {"type": "object", "properties": {"id": {"type": "string"}}}}]}}}""".formatted(SECOND));
		String rule = gateway + "/rules/" + post(gateway + "/rules", """
				{"priority": 100, "route": {"target": "orders"}}""");

		// The account becomes READY: it wakes the gateway and its role.
		assertThat(admin.put(account, admin.get(account).header("ETag").orElseThrow(), account("local-external-id", team))
			.status()).isEqualTo(202);
		awaitPhase(admin, account, "READY");
		JsonNode ready = awaitPhase(gateway, "READY");
		awaitPhase(target, "READY");
		awaitPhase(rule, "READY");

		String roleArn = ready.at("/executionRole/roleArn").asString();
		assertThat(roleArn).isEqualTo("arn:aws:iam::" + SECOND + ":role/AgentCoreGateway-" + name);
		assertThat(ready.at("/aws/gatewayArn").asString()).startsWith("arn:aws:bedrock-agentcore:eu-west-1:" + SECOND + ":");
		assertThat(roles(SECOND, "eu-west-1")).contains(roleArn);
		assertThat(roles(null, null)).noneMatch(arn -> arn.endsWith("/AgentCoreGateway-" + name));
		JsonNode permissions = api.get(gateway + "/permissions").json();
		assertThat(permissions.at("/executionRole/roleArn").asString()).isEqualTo(roleArn);
		assertThat(permissions.at("/executionRole/trustPolicy/Statement/0/Condition/StringEquals/aws:SourceAccount")
			.asString()).isEqualTo(SECOND);
		// The gateway's rule reached READY against AgentCore of 210987654321/eu-west-1, which alone holds the gateway.
		assertThat(held(SECOND, "eu-west-1")).contains(ready.at("/aws/gatewayId").asString());
		assertThat(held(null, null)).doesNotContain(ready.at("/aws/gatewayId").asString());

		// A policy engine placed there lives there; a gateway elsewhere may not attach it, the placed one may.
		String engineName = "placed_" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z0-9]", "");
		Http.Response engineCreated = api.post("/api/v1/policy-engines", """
				{"name": "%s", "placement": {"accountId": "%s", "region": "eu-west-1"}}""".formatted(engineName, SECOND));
		assertThat(engineCreated.status()).as(engineCreated.body()).isEqualTo(202);
		String engineId = engineCreated.json().get("id").asString();
		String engine = "/api/v1/policy-engines/" + engineId;
		JsonNode engineReady = awaitPhase(engine, "READY");
		String engineArn = engineReady.at("/aws/policyEngineArn").asString();
		assertThat(engineArn).startsWith("arn:aws:bedrock-agentcore:eu-west-1:" + SECOND + ":policy-engine/");
		assertThat(engineReady.at("/placement/accountId").asString()).isEqualTo(SECOND);
		assertThat(engines(SECOND, "eu-west-1")).contains(engineArn);
		assertThat(engines(null, null)).doesNotContain(engineArn);
		Http.Response elsewhere = api.post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"},
				 "policyEngine": {"policyEngineId": "%s", "mode": "LOG_ONLY"}}""".formatted(Fixtures.unique("Elsewhere"), engineId));
		assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(409);
		assertThat(elsewhere.json().get("code").asString()).isEqualTo("POLICY_ENGINE_NOT_IN_PLACEMENT");
		assertThat(elsewhere.json().get("detail").asString()).contains("policyEngine.policyEngineId");
		Http.Response attached = api.put(gateway, api.get(gateway).header("ETag").orElseThrow(), """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"},
				 "policyEngine": {"policyEngineId": "%s", "mode": "LOG_ONLY"}}""".formatted(name, engineId));
		assertThat(attached.status()).as(attached.body()).isEqualTo(202);
		await(() -> {
			JsonNode found = api.get(gateway).json();
			return found.at("/status/phase").asString().equals("READY")
					&& found.at("/status/observedGeneration").asLong() == found.get("generation").asLong() ? found : null;
		});

		List<String> secrets = SimulatedSessions.secrets(simulator);
		String shown = api.get(gateway).body() + api.get(gateway + "/events").body() + api.get(rule).body()
				+ api.get(engine).body() + api.get(engine + "/events").body()
				+ api.get(rule + "/events").body() + api.get(gateway + "/permissions").body() + output.getAll();
		secrets.forEach(secret -> assertThat(shown).doesNotContain(secret));

		assertThat(api.delete(gateway + "?cascade=true", api.get(gateway).header("ETag").orElseThrow()).status())
			.isEqualTo(202);
		await(() -> api.get(gateway).status() == 404 && roles(SECOND, "eu-west-1").stream()
			.noneMatch(arn -> arn.equals(roleArn)) ? true : null);
		Http.Response holding = admin.delete(account, admin.get(account).header("ETag").orElseThrow());
		assertThat(holding.status()).as(holding.body()).isEqualTo(409);
		assertThat(holding.json().get("detail").asString()).contains("policy engine " + engineName);
		await(() -> api.delete(engine, api.get(engine).header("ETag").orElseThrow()).status() == 202 ? true : null);
		await(() -> api.get(engine).status() == 404 ? true : null);
		assertThat(engines(SECOND, "eu-west-1")).doesNotContain(engineArn);
		await(() -> admin.delete(account, admin.get(account).header("ETag").orElseThrow()).status() == 202 ? true : null);
		await(() -> admin.get(account).status() == 404 ? true : null);
	}

	private static List<String> roles(String accountId, String region) {
		List<String> arns = new java.util.ArrayList<>();
		simulatorHttp.get("/local/aws/resources" + query(accountId, region), null).json().get("roles")
			.forEach(role -> arns.add(role.get("arn").asString()));
		return arns;
	}

	private static List<String> engines(String accountId, String region) {
		List<String> arns = new java.util.ArrayList<>();
		simulatorHttp.get("/local/aws/resources" + query(accountId, region), null).json().get("policyEngines")
			.forEach(found -> arns.add(found.get("policyEngineArn").asString()));
		return arns;
	}

}
