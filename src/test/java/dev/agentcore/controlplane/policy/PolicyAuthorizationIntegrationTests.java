package dev.agentcore.controlplane.policy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.JsonEdits;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.policy.PolicyFixtures.engine;
import static dev.agentcore.controlplane.policy.PolicyFixtures.forbidList;
import static dev.agentcore.controlplane.policy.PolicyFixtures.ordersTarget;
import static dev.agentcore.controlplane.policy.PolicyFixtures.policy;
import static dev.agentcore.controlplane.policy.PolicyFixtures.quoted;
import static dev.agentcore.controlplane.policy.PolicyFixtures.readersMayList;
import static dev.agentcore.controlplane.policy.SimulatedAccount.await;
import static dev.agentcore.controlplane.policy.SimulatedAccount.awaitPhase;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JWT gateway with the orders tools, attached to one of our engines in the simulated AgentCore:
 * validation against its tools, what-if checks with signed tokens, the ENFORCE guard, and policies that
 * break when a target goes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.polling-interval=500ms",
		"controlplane.outbound.allow-private-networks=true" })
class PolicyAuthorizationIntegrationTests {

	static final String AUDIENCE = "orders-agents";

	@DynamicPropertySource
	static void simulatedAws(DynamicPropertyRegistry registry) {
		SimulatedAccount.register(registry, "policy_authorization_tests");
	}

	@LocalServerPort
	int port;

	Api api;

	String gateway;

	String gatewayArn;

	String target;

	String engine;

	String engineArn;

	@BeforeEach
	void ordersGatewayAndEngine() {
		api = Api.asTeam(port, unique("team"));
		String profile = post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration",
				 "allowedAudience": ["%s"]}""".formatted(unique("orders"), TestIssuer.get().issuer(), AUDIENCE));
		gateway = post("/api/v1/gateways", gatewayBody(profile, null));
		target = post(gatewayPath() + "/targets", ordersTarget());
		engine = post("/api/v1/policy-engines", engine(unique("Orders").replace('-', '_')));
		gatewayArn = awaitPhase(api, gatewayPath(), "READY").at("/aws/gatewayArn").asString();
		engineArn = awaitPhase(api, enginePath(), "READY").at("/aws/policyEngineArn").asString();
		awaitPhase(api, gatewayPath() + "/targets/" + target, "READY");
	}

	@Test
	void theIssuesPermitAllowsAMatchingTokenAndDeniesEverythingElse() {
		String permit = post(enginePath() + "/policies", policy(name("readers"), readersMayList(gatewayArn)));
		attach("LOG_ONLY", false);
		assertThat(SimulatedAccount.outOfBand().getGateway(r -> r.gatewayIdentifier(gatewayId())).policyEngineConfiguration()
			.arn()).isEqualTo(engineArn);

		JsonNode allowed = check(token("orders:read orders:write"), "orders___list_orders", "{\"limit\": 50}", null);
		assertThat(allowed.get("decision").asString()).isEqualTo("ALLOW");
		assertThat(allowed.get("enforced").asBoolean()).isFalse();
		assertThat(allowed.at("/determiningPolicies/0/id").asString()).isEqualTo(permit);
		assertThat(allowed.at("/request/tags/scope").asString()).isEqualTo("orders:read orders:write");
		assertThat(allowed.at("/request/resource").asString()).isEqualTo("AgentCore::Gateway::\"" + gatewayArn + "\"");

		assertDeniedByDefault(check(token("orders:read"), "orders___cancel_order", "{\"orderId\": \"o-1\"}", null));
		assertDeniedByDefault(check(token("orders:write"), "orders___list_orders", "{\"limit\": 50}", null));
		assertDeniedByDefault(check(token("orders:read"), "orders___list_orders", "{\"limit\": 500}", null));
		JsonNode byClaims = check("{\"claims\": {\"sub\": \"agent-7\", \"scope\": \"orders:read\"}}", "orders___list_orders",
				"{\"limit\": 100}", null);
		assertThat(byClaims.get("decision").asString()).isEqualTo("ALLOW");
	}

	@Test
	void aProposedForbidFlipsTheAnswerWithoutChangingAnythingStored() {
		post(enginePath() + "/policies", policy(name("readers"), readersMayList(gatewayArn)));
		attach("LOG_ONLY", false);
		int engineVersion = api.get(enginePath()).json().get("version").asInt();
		String proposed = "[" + quoted(readersMayList(gatewayArn)) + ", " + quoted(forbidList(gatewayArn)) + "]";
		JsonNode flipped = check(token("orders:read"), "orders___list_orders", "{\"limit\": 50}", proposed);
		assertThat(flipped.get("decision").asString()).isEqualTo("DENY");
		assertThat(flipped.at("/determiningPolicies/0/id").asString()).isEqualTo("policies[1]");
		assertThat(check(token("orders:read"), "orders___list_orders", "{\"limit\": 50}", null).get("decision").asString())
			.isEqualTo("ALLOW");
		assertThat(api.get(enginePath() + "/policies").json().get("items")).hasSize(1);
		assertThat(api.get(enginePath()).json().get("version").asInt()).isEqualTo(engineVersion);
	}

	@Test
	void aTokenTheAuthorizerRefusesNeverReachesThePoliciesAndReadScopeSuffices() {
		post(enginePath() + "/policies", policy(name("readers"), readersMayList(gatewayArn)));
		attach("LOG_ONLY", false);
		String wrongAudience = TestIssuer.get().sign(claims -> claims.audience("someone-else").claim("scope", "orders:read"));
		Api reader = Api.withToken(port, TestIssuer.get().token(teamOf(), "controlplane:read"));
		Http.Response answer = reader.post(gatewayPath() + "/authorization-checks", """
				{"principal": {"token": "%s"}, "tool": "orders___list_orders", "input": {"limit": 5}}""".formatted(wrongAudience));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().get("decision").asString()).isEqualTo("DENY");
		assertThat(answer.json().at("/errors/0").asString()).contains("401", "audience");
		assertThat(answer.body()).doesNotContain(wrongAudience);
	}

	@Test
	void aPolicyNamingAToolTheGatewayLacksIsRefusedNamingTheTools() {
		attach("LOG_ONLY", false);
		Http.Response refused = api.post(enginePath() + "/policies", policy(name("ghost"), """
				permit(principal, action == AgentCore::Action::"orders___delete_everything",
				  resource == AgentCore::Gateway::"%s");""".formatted(gatewayArn)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("code").asString()).isEqualTo("POLICY_INVALID");
		assertThat(refused.json().at("/errors/0/message").asString())
			.contains("orders___delete_everything", "orders___cancel_order, orders___list_orders");
		assertThat(refused.json().at("/errors/0/line").asInt()).isEqualTo(1);
	}

	@Test
	void switchingToEnforceIsRefusedWhileNothingWouldBePermitted() {
		post(enginePath() + "/policies", policy(name("deny"), forbidList(gatewayArn)));
		attach("LOG_ONLY", false);
		Http.Response refused = api.put(gatewayPath(), etag(), gatewayBody(profileOf(), policyEngine("ENFORCE")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("ENFORCE_WOULD_DENY_ALL");
		assertThat(refused.json().get("detail").asString()).contains("orders___list_orders");

		post(enginePath() + "/policies", policy(name("readers"), readersMayList(gatewayArn)));
		Http.Response accepted = api.put(gatewayPath(), etag(), gatewayBody(profileOf(), policyEngine("ENFORCE")));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		assertThat(check(token("orders:read"), "orders___list_orders", "{\"limit\": 1}", null).get("enforced").asBoolean())
			.isTrue();
	}

	@Test
	void enforceCanBeAcknowledgedAndAnEngineInUseCannotBeDeleted() {
		Http.Response acknowledged = api.put(gatewayPath() + "?acknowledgeDenyAll=true", etag(),
				gatewayBody(profileOf(), policyEngine("ENFORCE")));
		assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(202);
		Http.Response inUse = api.delete(enginePath(), "\"0\"");
		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.json().get("code").asString()).isEqualTo("POLICY_ENGINE_IN_USE");
		assertThat(inUse.json().get("gatewayIds").get(0).asString()).isEqualTo(gateway);
	}

	@Test
	void anotherTeamCannotAttachOurEngineByArnAsByIdButAnEngineMadeOutsideTheControlPlaneStillAttaches() {
		Api other = Api.asTeam(port, unique("other"));
		Http.Response byId = other.post("/api/v1/gateways", openGateway("{\"policyEngineId\": \"" + engine + "\"}"));
		Http.Response byArn = other.post("/api/v1/gateways", openGateway("{\"arn\": \"" + engineArn + "\"}"));
		int id = engineArn.indexOf("policy-engine/") + "policy-engine/".length();
		String otherCase = engineArn.substring(0, id) + engineArn.substring(id).toUpperCase(java.util.Locale.ROOT);
		Http.Response byArnOtherCase = other.post("/api/v1/gateways", openGateway("{\"arn\": \"" + otherCase + "\"}"));
		Http.Response plan = other.post("/api/v1/gateways/plans", openGateway("{\"arn\": \"" + engineArn + "\"}"));

		assertThat(byId.status()).as(byId.body()).isEqualTo(400);
		assertThat(byArn.status()).as(byArn.body()).isEqualTo(400);
		assertThat(byArn.json().get("code").asString()).isEqualTo(byId.json().get("code").asString());
		assertThat(byArn.json().at("/errors/0/field").asString()).isEqualTo("policyEngine.arn");
		assertThat(byArnOtherCase.status()).as(byArnOtherCase.body()).isEqualTo(400);
		assertThat(plan.json().get("accepted").asBoolean()).as(plan.body()).isFalse();
		assertThat(plan.json().at("/problem/code").asString()).isEqualTo(byId.json().get("code").asString());
		Http.Response outside = other.post("/api/v1/gateways", openGateway("{\"arn\": \"arn:aws:bedrock-agentcore:"
				+ "us-east-1:123456789012:policy-engine/made_elsewhere-a1b2c3d4e5\"}"));
		assertThat(outside.status()).as(outside.body()).isEqualTo(202);
		// Nothing of the other team pins the engine: its owner deletes it.
		Http.Response deleted = api.delete(enginePath(), api.get(enginePath()).header("ETag").orElseThrow());
		assertThat(deleted.status()).as(deleted.body()).isEqualTo(202);
	}

	private static String openGateway(String policyEngine) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "NONE"}, "policyEngine": %s}""".formatted(unique("theirs"),
				JsonEdits.with(policyEngine, "/mode", "\"LOG_ONLY\""));
	}

	@Test
	void removingATargetReportsThePolicyItBreaks() {
		String permit = post(enginePath() + "/policies", policy(name("readers"), readersMayList(gatewayArn)));
		attach("LOG_ONLY", false);
		assertThat(api.delete(gatewayPath() + "/targets/" + target, "\"0\"").status()).isEqualTo(202);
		JsonNode broken = await(() -> api.get(gatewayPath() + "/events?limit=200").json().get("items").valueStream()
			.filter(event -> event.get("type").asString().equals("POLICY_BROKEN"))
			.findFirst()
			.orElse(null));
		assertThat(broken.get("message").asString()).contains(permit, "orders___list_orders");
		assertThat(api.get(enginePath() + "/events?limit=200").json().get("items").valueStream()
			.anyMatch(event -> event.get("type").asString().equals("POLICY_BROKEN"))).isTrue();
	}

	@Test
	void aGatewayWaitsForItsEngineToBeReadyThenAttachesItsArn() {
		faults("{\"transitionDelayMs\": 2500}");
		try {
			String slow = post("/api/v1/policy-engines", engine(name("Slow")));
			Http.Response attached = api.put(gatewayPath(), etag(), gatewayBody(profileOf(),
					"{\"policyEngineId\": \"" + slow + "\", \"mode\": \"LOG_ONLY\"}"));
			assertThat(attached.status()).as(attached.body()).isEqualTo(202);
			JsonNode waiting = await(() -> {
				JsonNode current = api.get(gatewayPath()).json();
				return current.at("/status/message").asString().contains("Waiting for policy engine") ? current : null;
			});
			assertThat(waiting.at("/status/observedGeneration").asLong()).isLessThan(waiting.get("generation").asLong());
			String slowArn = awaitPhase(api, "/api/v1/policy-engines/" + slow, "READY").at("/aws/policyEngineArn").asString();
			await(() -> {
				JsonNode current = api.get(gatewayPath()).json();
				return current.at("/status/phase").asString().equals("READY")
						&& current.at("/status/observedGeneration").asLong() == current.get("generation").asLong() ? true : null;
			});
			assertThat(SimulatedAccount.outOfBand().getGateway(r -> r.gatewayIdentifier(gatewayId()))
				.policyEngineConfiguration().arn()).isEqualTo(slowArn);
		}
		finally {
			faults("{}");
		}
	}

	@Test
	void theGatewaysCedarSchemaIsShown() {
		JsonNode schema = api.get(gatewayPath() + "/policy-schema").json();
		assertThat(schema.get("principal").asString()).isEqualTo("AgentCore::OAuthUser");
		assertThat(schema.get("actions").valueStream().map(JsonNode::asString)).containsExactly("orders___cancel_order",
				"orders___list_orders");
		assertThat(schema.get("cedar").asString()).contains("action \"orders___list_orders\" in [Action::\"CallTool\"]",
				"limit: __cedar::Long");
		assertThat(schema.at("/json/AgentCore/actions/CallTool/memberOf/0/id").asString()).isEqualTo("Mcp");
	}

	private static void faults(String json) {
		assertThat(SimulatedAccount.http().send("PUT", "/local/aws/faults", null, "application/json", json).status())
			.isEqualTo(200);
	}

	private void assertDeniedByDefault(JsonNode answer) {
		assertThat(answer.get("decision").asString()).isEqualTo("DENY");
		assertThat(answer.get("determiningPolicies")).isEmpty();
	}

	private JsonNode check(String principal, String tool, String input, String policies) {
		Http.Response answer = api.post(gatewayPath() + "/authorization-checks", """
				{"principal": %s, "tool": "%s", "input": %s%s}""".formatted(principal, tool, input,
				policies == null ? "" : ", \"policies\": " + policies));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static String token(String scope) {
		return "{\"token\": \"" + TestIssuer.get().sign(claims -> claims.audience(AUDIENCE).claim("scope", scope)) + "\"}";
	}

	private void attach(String mode, boolean acknowledge) {
		Http.Response attached = api.put(gatewayPath() + (acknowledge ? "?acknowledgeDenyAll=true" : ""), etag(),
				gatewayBody(profileOf(), policyEngine(mode)));
		assertThat(attached.status()).as(attached.body()).isEqualTo(202);
		await(() -> {
			JsonNode current = api.get(gatewayPath()).json();
			return current.at("/status/phase").asString().equals("READY")
					&& current.at("/status/observedGeneration").asLong() == current.get("generation").asLong() ? true : null;
		});
	}

	private String gatewayBody(String profile, String policyEngine) {
		String body = """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "%s"}}""".formatted(gatewayName(), profile);
		return policyEngine == null ? body : JsonEdits.with(body, "/policyEngine", policyEngine);
	}

	private String policyEngine(String mode) {
		return "{\"policyEngineId\": \"" + engine + "\", \"mode\": \"" + mode + "\"}";
	}

	private String gatewayName() {
		return gateway == null ? unique("orders") : api.get(gatewayPath()).json().get("name").asString();
	}

	private String profileOf() {
		return api.get(gatewayPath()).json().at("/authorizer/idpProfileId").asString();
	}

	private String teamOf() {
		return api.get(gatewayPath()).json().get("team").asString();
	}

	private String etag() {
		return api.get(gatewayPath()).header("ETag").orElseThrow();
	}

	private String gatewayPath() {
		return "/api/v1/gateways/" + gateway;
	}

	private String enginePath() {
		return "/api/v1/policy-engines/" + engine;
	}

	private String post(String path, String body) {
		Http.Response response = api.post(path, body);
		assertThat(response.status()).as(response.body()).isIn(201, 202);
		return response.json().get("id").asString();
	}

	private static String name(String prefix) {
		return unique(prefix).replace('-', '_');
	}

	/** The gateway's AWS id: GetGateway takes an id (the model's GatewayIdentifier pattern), not an ARN. */
	String gatewayId() {
		return gatewayArn.substring(gatewayArn.lastIndexOf('/') + 1);
	}

}
