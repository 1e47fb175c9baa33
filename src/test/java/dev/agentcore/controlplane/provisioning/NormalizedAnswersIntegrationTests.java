package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift against what AWS returns, not what we sent: with the simulator's {@code normalize} fault on
 * (defaults filled, lists of strings reordered, Cedar statements reformatted, secrets masked),
 * gateways with targets and a policy engine with a policy reach READY, and the next three drift
 * passes send no update. The size is {@code -Ddrift.gateways} (5 by default; the figure is 50).
 */
class NormalizedAnswersIntegrationTests extends SimulatedAwsTests {

	static final int GATEWAYS = Integer.getInteger("drift.gateways", 5);

	static final List<String> UPDATES = List.of("UpdateGateway", "UpdateGatewayTarget", "UpdatePolicyEngine", "UpdatePolicy");

	static final String PROVIDER = "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/p";

	@Test
	void reconcilesConvergeOnNormalizedAnswers() {
		faults("{\"normalize\": true}");
		String engine = post("/api/v1/policy-engines", "{\"name\": \"" + unique("Drift").replace('-', '_') + "\"}");
		String policies = "/api/v1/policy-engines/" + engine + "/policies";
		awaitPhase("/api/v1/policy-engines/" + engine, "READY");
		String policy = post(policies, """
				{"name": "%s", "statement": "permit(principal, action, resource is AgentCore::Gateway) when { context has input };"}"""
			.formatted(unique("any").replace('-', '_')));
		List<String> resources = new ArrayList<>(List.of(policies + "/" + policy));
		for (int i = 0; i < GATEWAYS; i++) {
			String gateway = "/api/v1/gateways/" + post("/api/v1/gateways", """
					{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"},
					 "protocol": {"supportedVersions": ["2025-03-26", "2025-06-18"]},
					 "policyEngine": {"policyEngineId": "%s", "mode": "LOG_ONLY"}}""".formatted(unique("Drift"), engine));
			resources.add(gateway);
			resources.add(gateway + "/targets/" + post(gateway + "/targets", """
					{"name": "%s", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:weather",
					 "toolSchema": {"inline": [{"name": "get_weather", "description": "Weather for a city",
					   "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}, "day": {"type": "string"}},
					     "required": ["city", "day"]}}]}}}""".formatted(unique("tools"))));
			resources.add(gateway + "/targets/" + post(gateway + "/targets", """
					{"name": "%s", "type": "OPENAPI", "openApi": {"s3": {"uri": "s3://schemas/orders.yaml"}},
					 "credentials": {"type": "OAUTH", "providerArn": "%s", "scopes": ["orders:read", "orders:write"],
					   "customParameters": {"audience": "orders"}}}""".formatted(unique("orders"), PROVIDER)));
		}
		resources.forEach(path -> awaitPhase(path, "READY"));
		long updates = updates();

		for (int pass = 1; pass <= 3; pass++) {
			long gets = calls("GetGateway") + calls("GetGatewayTarget") + calls("GetPolicy");
			resources.forEach(path -> assertThat(api.post(path + "/reconcile", "").status()).isEqualTo(202));
			await(() -> calls("GetGateway") + calls("GetGatewayTarget") + calls("GetPolicy") >= gets + resources.size() ? true : null);
			resources.forEach(path -> awaitPhase(path, "READY"));
			sleep(java.time.Duration.ofMillis(500));
			assertThat(updates()).as("updates sent by drift pass " + pass).isEqualTo(updates);
		}
		String target = resources.get(resources.size() - 1);
		String gatewayAwsId = api.get(target.substring(0, target.indexOf("/targets"))).json().at("/aws/gatewayId").asString();
		String targetAwsId = api.get(target).json().at("/aws/targetId").asString();
		String answered = simulatorHttp.get("/local/aws/agentcore/gateways/" + gatewayAwsId + "/targets/" + targetAwsId + "/", null).body();
		assertThat(answered).as("the fault was on: AWS masked the secret and reordered the scopes")
			.contains("\"********\"")
			.containsSubsequence("orders:write", "orders:read");
	}

	private static long updates() {
		return UPDATES.stream().mapToLong(SimulatedAwsTests::calls).sum();
	}

}
