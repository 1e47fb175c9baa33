package dev.agentcore.controlplane.gatewayrule;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Fixtures;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static org.assertj.core.api.Assertions.assertThat;

/** Gateway rules through our API against the simulated account: provisioned as declared, applied, refused. */
class GatewayRulesIntegrationTests extends SimulatedAwsTests {

	@Autowired
	JdbcClient jdbc;

	private static final String CANARY = """
			{"priority": 100, "description": "10%% of calls to orders-v2",
			 "route": {"split": [{"target": "orders-v1", "weight": 90}, {"target": "orders-v2", "weight": 10}]}}""";

	@Test
	void aWeightedRuleIsCreatedAsDeclaredAndSplitsTheCalls() {
		String gateway = readyGatewayWithTwoTargets();
		String rule = post(rules(gateway), CANARY.formatted());
		JsonNode ready = awaitPhase(rules(gateway) + "/" + rule, "READY");
		assertThat(ready.at("/gatewayId").asString()).isEqualTo(gateway);
		assertThat(ready.at("/aws/status").asString()).isEqualTo("ACTIVE");

		String awsGateway = api.get("/api/v1/gateways/" + gateway).json().at("/aws/gatewayId").asString();
		JsonNode held = simulatorHttp.get("/local/aws/agentcore/gateways/" + awsGateway + "/rules/" + ready.at("/aws/ruleId").asString(),
				null).json();
		assertThat(held.at("/priority").asInt()).isEqualTo(100);
		assertThat(held.at("/description").asString()).isEqualTo("10% of calls to orders-v2");
		assertThat(held.has("conditions")).isFalse();
		JsonNode split = held.at("/actions/0/routeToTarget/weightedRoute/trafficSplit");
		assertThat(split.size()).isEqualTo(2);
		assertThat(split.get(0).at("/targetName").asString()).isEqualTo("orders-v1");
		assertThat(split.get(0).at("/weight").asInt()).isEqualTo(90);
		assertThat(split.get(1).at("/targetName").asString()).isEqualTo("orders-v2");
		assertThat(split.get(1).at("/weight").asInt()).isEqualTo(10);

		Map<String, Integer> served = new TreeMap<>();
		for (int i = 0; i < 1000; i++) {
			Http.Response answer = simulatorHttp.postJson("/local/aws/gateways/" + awsGateway + "/mcp", null, """
					{"jsonrpc": "2.0", "id": %d, "method": "tools/call",
					 "params": {"name": "orders-v1___get_weather", "arguments": {"city": "Oslo"}}}""".formatted(i));
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			served.merge(answer.json().at("/result/_meta/target").asString(), 1, Integer::sum);
		}
		assertThat(served).containsOnlyKeys("orders-v1", "orders-v2");
		assertThat(served.get("orders-v1")).as("90% of 1,000 calls, within 3%").isBetween(870, 930);
	}

	@Test
	void refusesATakenPriorityAnUnknownTargetAndDeletingARoutedTarget() {
		String gateway = readyGatewayWithTwoTargets();
		String rule = post(rules(gateway), CANARY.formatted());

		Http.Response taken = api.post(rules(gateway), """
				{"priority": 100, "route": {"target": "orders-v1"}}""");
		assertThat(taken.status()).as(taken.body()).isEqualTo(409);
		assertThat(taken.json().at("/code").asString()).isEqualTo("RULE_PRIORITY_TAKEN");

		Http.Response unknown = api.post(rules(gateway), """
				{"priority": 200, "route": {"split": [{"target": "orders-v1", "weight": 50}, {"target": "orders-v3", "weight": 50}]}}""");
		assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
		assertThat(unknown.json().at("/code").asString()).isEqualTo("RULE_TARGET_UNKNOWN");
		assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("route");
		assertThat(unknown.json().at("/detail").asString()).contains("orders-v3").doesNotContain("orders-v1");

		String target = api.get("/api/v1/gateways/" + gateway + "/targets").json().at("/items/1/id").asString();
		Http.Response routed = api.delete("/api/v1/gateways/" + gateway + "/targets/" + target,
				api.get("/api/v1/gateways/" + gateway + "/targets/" + target).header("ETag").orElseThrow());
		assertThat(routed.status()).as(routed.body()).isEqualTo(409);
		assertThat(routed.json().at("/code").asString()).isEqualTo("TARGET_ROUTED_BY_RULE");
		assertThat(routed.json().at("/detail").asString()).contains(rule);

		Http.Response split = api.post(rules(gateway), """
				{"priority": 300, "route": {"split": [{"target": "orders-v1", "weight": 90}, {"target": "orders-v2", "weight": 20}]}}""");
		assertThat(split.status()).as(split.body()).isEqualTo(400);
		assertThat(split.json().at("/errors/0/field").asString()).isEqualTo("route.split");
		Http.Response three = api.post(rules(gateway), """
				{"priority": 300, "route": {"split": [{"target": "orders-v1", "weight": 40}, {"target": "orders-v2", "weight": 30},
				 {"target": "orders-v1", "weight": 30}]}}""");
		assertThat(three.status()).as(three.body()).isEqualTo(400);
		assertThat(three.json().at("/errors/0/field").asString()).isEqualTo("route.split");
		Http.Response priority = api.post(rules(gateway), """
				{"priority": 0, "route": {"target": "orders-v1"}}""");
		assertThat(priority.status()).as(priority.body()).isEqualTo(400);
		assertThat(priority.json().at("/errors/0/field").asString()).isEqualTo("priority");
	}

	@Test
	void aPlanForecastsTheRulesCreateAndItsRefusals() {
		String gateway = readyGatewayWithTwoTargets();
		Http.Response plan = api.post(rules(gateway) + "/plans", CANARY.formatted());
		assertThat(plan.status()).as(plan.body()).isEqualTo(200);
		assertThat(plan.json().at("/action").asString()).isEqualTo("CREATE");
		assertThat(plan.json().at("/awsCalls/0/operation").asString()).isEqualTo("CreateGatewayRule");
		assertThat(api.get(rules(gateway)).json().at("/items").size()).as("a plan keeps nothing").isZero();
		Http.Response refused = api.post(rules(gateway) + "/plans", """
				{"priority": 5, "route": {"target": "orders-v9"}}""");
		assertThat(refused.json().at("/accepted").asBoolean()).isFalse();
		assertThat(refused.json().at("/problem/code").asString()).isEqualTo("RULE_TARGET_UNKNOWN");
	}

	@Test
	void importingAGatewayBringsItsRulesAsAgentCoreHoldsThem() {
		String gateway = readyGatewayWithTwoTargets();
		String rule = post(rules(gateway), CANARY.formatted());
		String awsRule = awaitPhase(rules(gateway) + "/" + rule, "READY").at("/aws/ruleId").asString();
		String awsGateway = api.get("/api/v1/gateways/" + gateway).json().at("/aws/gatewayId").asString();
		UUID lost = UUID.fromString(gateway);
		jdbc.sql("delete from gateway_rules where gateway_id = ?").param(lost).update();
		jdbc.sql("delete from gateway_targets where gateway_id = ?").param(lost).update();
		jdbc.sql("delete from gateways where id = ?").param(lost).update();

		long updates = calls("UpdateGatewayRule") + calls("CreateGatewayRule");
		Http.Response imported = Api.asAdmin(port).post("/api/v1/gateways/imports", "{\"awsGatewayId\": \"" + awsGateway
				+ "\", \"team\": \"" + api.get("/api/v1/me").json().get("team").asString() + "\"}");
		assertThat(imported.status()).as(imported.body()).isEqualTo(202);
		assertThat(imported.json().at("/rules/0/awsRuleId").asString()).isEqualTo(awsRule);
		assertThat(imported.json().at("/skippedRules")).isEmpty();
		String again = imported.json().get("id").asString();
		JsonNode ready = awaitPhase(rules(again) + "/" + imported.json().at("/rules/0/id").asString(), "READY");
		assertThat(ready.at("/priority").asInt()).isEqualTo(100);
		assertThat(ready.at("/route/split/1/target").asString()).isEqualTo("orders-v2");
		assertThat(ready.at("/route/split/1/weight").asInt()).isEqualTo(10);
		assertThat(calls("UpdateGatewayRule") + calls("CreateGatewayRule")).as("the rule was adopted as AWS holds it")
			.isEqualTo(updates);
	}

	@Test
	void aDeletedRuleLeavesAwsAndFreesItsTarget() {
		String gateway = readyGatewayWithTwoTargets();
		String path = rules(gateway) + "/" + post(rules(gateway), CANARY.formatted());
		String awsRule = awaitPhase(path, "READY").at("/aws/ruleId").asString();
		assertThat(api.delete(path, api.get(path).header("ETag").orElseThrow()).status()).isEqualTo(202);
		await(() -> api.get(path).status() == 404 ? true : null);
		String awsGateway = api.get("/api/v1/gateways/" + gateway).json().at("/aws/gatewayId").asString();
		assertThat(simulatorHttp.get("/local/aws/agentcore/gateways/" + awsGateway + "/rules/" + awsRule, null).status())
			.isEqualTo(404);
		assertThat(api.get(path + "/events").status()).isEqualTo(404);
		String target = api.get("/api/v1/gateways/" + gateway + "/targets").json().at("/items/1/id").asString();
		String targetPath = "/api/v1/gateways/" + gateway + "/targets/" + target;
		assertThat(api.delete(targetPath, api.get(targetPath).header("ETag").orElseThrow()).status()).isEqualTo(202);
	}

	private String readyGatewayWithTwoTargets() {
		String gateway = post("/api/v1/gateways", Fixtures.openGateway(Fixtures.unique("rules")));
		post("/api/v1/gateways/" + gateway + "/targets", Fixtures.lambdaTarget("orders-v1"));
		post("/api/v1/gateways/" + gateway + "/targets", Fixtures.lambdaTarget("orders-v2"));
		awaitPhase("/api/v1/gateways/" + gateway, "READY");
		await(() -> api.get("/api/v1/gateways/" + gateway + "/targets").json().at("/items").valueStream()
			.allMatch(target -> target.at("/status/phase").asString().equals("READY")) ? true : null);
		return gateway;
	}

	private static String rules(String gateway) {
		return "/api/v1/gateways/" + gateway + "/rules";
	}

}
