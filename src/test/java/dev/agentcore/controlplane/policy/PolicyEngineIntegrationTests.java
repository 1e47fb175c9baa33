package dev.agentcore.controlplane.policy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.policy.PolicyFixtures.engine;
import static dev.agentcore.controlplane.policy.PolicyFixtures.policy;
import static dev.agentcore.controlplane.policy.SimulatedAccount.await;
import static dev.agentcore.controlplane.policy.SimulatedAccount.awaitPhase;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy engines and policies through the API, provisioned through the real SDK client into the
 * simulated AgentCore.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.polling-interval=500ms" })
class PolicyEngineIntegrationTests {

	static final String ENGINES = "/api/v1/policy-engines";

	static final String ANY_GATEWAY_FORBID = "forbid(principal, action, resource is AgentCore::Gateway) when { context has input };";

	@DynamicPropertySource
	static void simulatedAws(DynamicPropertyRegistry registry) {
		SimulatedAccount.register(registry, "policy_engine_tests");
	}

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
	}

	@Test
	void anEngineAndTwoPoliciesReachReadyInAws() {
		String engine = post(ENGINES, engine(name("Orders")));
		JsonNode ready = awaitPhase(api, ENGINES + "/" + engine, "READY");
		String awsId = ready.at("/aws/policyEngineId").asString();
		assertThat(awsId).startsWith(ready.get("name").asString() + "-");
		assertThat(ready.at("/aws/policyEngineArn").asString()).endsWith(":policy-engine/" + awsId);
		assertThat(ready.at("/aws/status").asString()).isEqualTo("ACTIVE");

		String first = post(ENGINES + "/" + engine + "/policies", policy(name("first"), ANY_GATEWAY_FORBID));
		String second = post(ENGINES + "/" + engine + "/policies",
				policy(name("second"), "permit(principal, action, resource is AgentCore::Gateway) when { context has input };"));
		JsonNode firstReady = awaitPhase(api, ENGINES + "/" + engine + "/policies/" + first, "READY");
		awaitPhase(api, ENGINES + "/" + engine + "/policies/" + second, "READY");

		GetPolicyResponse inAws = SimulatedAccount.outOfBand()
			.getPolicy(r -> r.policyEngineId(awsId).policyId(firstReady.at("/aws/policyId").asString()));
		assertThat(inAws.statusAsString()).isEqualTo("ACTIVE");
		assertThat(inAws.definition().cedar().statement()).isEqualTo(ANY_GATEWAY_FORBID);
		assertThat(api.get(ENGINES + "/" + engine).json().get("policyCount").asInt()).isEqualTo(2);
		JsonNode events = api.get(ENGINES + "/" + engine + "/events?limit=200").json().get("items");
		assertThat(events.valueStream().map(e -> e.get("message").asString()))
			.anyMatch(message -> message.startsWith("CreatePolicyEngine"))
			.anyMatch(message -> message.startsWith("CreatePolicy:"));
	}

	@Test
	void aStatementWithASyntaxErrorIsRefusedWithItsLineAndColumn() {
		String engine = post(ENGINES, engine(name("Syntax")));
		Http.Response refused = api.post(ENGINES + "/" + engine + "/policies", policy(name("broken"),
				"forbid(principal, action,\n  resource is AgentCore::Gateway)\nwhen { context.input.limit < };"));
		assertThat(refused.status()).isEqualTo(400);
		JsonNode problem = refused.json();
		assertThat(problem.get("code").asString()).isEqualTo("POLICY_INVALID");
		JsonNode error = problem.get("errors").get(0);
		assertThat(error.get("line").asInt()).isEqualTo(3);
		assertThat(error.get("column").asInt()).isEqualTo(30);
		assertThat(error.get("message").asString()).contains("unexpected token");
		assertThat(api.get(ENGINES + "/" + engine + "/policies").json().get("items")).isEmpty();
	}

	@Test
	void anEngineWithPoliciesIsDeletedOnlyWithCascadeAndDisappearsOnceAwsConfirms() {
		String engine = post(ENGINES, engine(name("Cascade")));
		String awsId = awaitPhase(api, ENGINES + "/" + engine, "READY").at("/aws/policyEngineId").asString();
		post(ENGINES + "/" + engine + "/policies", policy(name("only"), ANY_GATEWAY_FORBID));
		Http.Response refused = api.delete(ENGINES + "/" + engine, "\"0\"");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("POLICY_ENGINE_HAS_POLICIES");
		assertThat(api.delete(ENGINES + "/" + engine + "?cascade=true", "\"0\"").status()).isEqualTo(202);
		await(() -> api.get(ENGINES + "/" + engine).status() == 404 ? true : null);
		assertThat(SimulatedAccount.outOfBand().listPolicyEngines(r -> r.maxResults(100)).policyEngines())
			.noneMatch(inAws -> inAws.policyEngineId().equals(awsId));
	}

	@Test
	void namesAreUniqueAndImmutable() {
		String name = name("Unique");
		String engine = post(ENGINES, engine(name));
		Http.Response taken = Api.asTeam(port, unique("other")).post(ENGINES, engine(name));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("code").asString()).isEqualTo("NAME_TAKEN");
		Http.Response renamed = api.put(ENGINES + "/" + engine, "\"0\"", engine(name + "x"));
		assertThat(renamed.status()).isEqualTo(409);
		assertThat(renamed.json().get("code").asString()).isEqualTo("NAME_IMMUTABLE");
		Http.Response invalid = api.post(ENGINES, engine("9-not-a-name"));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().at("/errors/0/field").asString()).isEqualTo("name");
	}

	@Test
	void anEditGoesOutAsPatchAndLaterPassesSendNoFurtherUpdate() {
		String engine = post(ENGINES, engine(name("Edits")));
		String engineAwsId = awaitPhase(api, ENGINES + "/" + engine, "READY").at("/aws/policyEngineId").asString();
		String name = name("edited");
		String path = ENGINES + "/" + engine + "/policies/" + post(ENGINES + "/" + engine + "/policies", policy(name, ANY_GATEWAY_FORBID));
		String policyAwsId = awaitPhase(api, path, "READY").at("/aws/policyId").asString();
		String permit = "permit(principal, action, resource is AgentCore::Gateway) when { context has input };";
		long updatesBefore = calls("UpdatePolicy");

		assertThat(api.put(path, "\"0\"", """
				{"name": "%s", "statement": %s}""".formatted(name, PolicyFixtures.quoted(permit))).status()).isEqualTo(202);
		GetPolicyResponse edited = await(() -> {
			GetPolicyResponse inAws = SimulatedAccount.outOfBand().getPolicy(r -> r.policyEngineId(engineAwsId).policyId(policyAwsId));
			return inAws.statusAsString().equals("ACTIVE") && permit.equals(inAws.definition().cedar().statement()) ? inAws : null;
		});
		assertThat(edited.description()).as("a description removed from the spec is cleared in AWS").isNull();
		awaitPhase(api, path, "READY");
		assertThat(calls("UpdatePolicy")).isEqualTo(updatesBefore + 1);

		for (int pass = 0; pass < 2; pass++) {
			long reads = calls("GetPolicy");
			assertThat(api.post(path + "/reconcile", "").status()).isEqualTo(202);
			await(() -> calls("GetPolicy") > reads ? true : null);
			awaitPhase(api, path, "READY");
		}
		assertThat(calls("UpdatePolicy")).as("no update from comparing the wrapped description").isEqualTo(updatesBefore + 1);
	}

	@Test
	void anEngineWithACustomerKeyAndTagsIsCreatedWithThemAndTheyCannotChangeAfterwards() {
		String key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
		String name = name("Keyed");
		String body = """
				{"name": "%s", "encryptionKeyArn": "%s", "tags": {"cost-center": "42", "owner": "payments"}}""".formatted(name, key);
		String engine = post(ENGINES, body);
		JsonNode ready = awaitPhase(api, ENGINES + "/" + engine, "READY");
		assertThat(ready.get("encryptionKeyArn").asString()).isEqualTo(key);
		JsonNode held = SimulatedAccount.http().get("/local/aws/resources", null).json().get("policyEngines").valueStream()
			.filter(inAws -> inAws.get("policyEngineId").asString().equals(ready.at("/aws/policyEngineId").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(held.get("encryptionKeyArn").asString()).isEqualTo(key);
		assertThat(held.at("/tags/cost-center").asString()).isEqualTo("42");
		assertThat(held.at("/tags/owner").asString()).isEqualTo("payments");

		Http.Response retagged = api.put(ENGINES + "/" + engine, "\"0\"", body.replace("payments", "orders"));
		assertThat(retagged.status()).isEqualTo(409);
		assertThat(retagged.json().get("code").asString()).isEqualTo("POLICY_ENGINE_MEMBER_CREATE_ONLY");
		assertThat(retagged.json().get("detail").asString()).contains("'tags'");
		Http.Response badKey = api.post(ENGINES, """
				{"name": "%s", "encryptionKeyArn": "alias/mine"}""".formatted(name("Bad")));
		assertThat(badKey.status()).isEqualTo(400);
		assertThat(badKey.json().at("/errors/0/field").asString()).isEqualTo("encryptionKeyArn");
	}

	@Test
	void aLogOnlyPolicyIsHeldSoInAwsAndTurningItActiveIsOnePatch() {
		String engine = post(ENGINES, engine(name("Watch")));
		awaitPhase(api, ENGINES + "/" + engine, "READY");
		String name = name("watched");
		String body = withMember(policy(name, ANY_GATEWAY_FORBID), "\"enforcementMode\": \"LOG_ONLY\"");
		String path = ENGINES + "/" + engine + "/policies/" + post(ENGINES + "/" + engine + "/policies", body);
		JsonNode ready = awaitPhase(api, path, "READY");
		assertThat(ready.get("enforcementMode").asString()).isEqualTo("LOG_ONLY");
		String policyAwsId = ready.at("/aws/policyId").asString();
		assertThat(heldPolicy(policyAwsId).get("enforcementMode").asString()).isEqualTo("LOG_ONLY");
		long updates = calls("UpdatePolicy");

		assertThat(api.put(path, "\"0\"", body.replace("LOG_ONLY", "ACTIVE")).status()).isEqualTo(202);
		await(() -> "ACTIVE".equals(heldPolicy(policyAwsId).get("enforcementMode").asString()) ? true : null);
		awaitPhase(api, path, "READY");
		long reads = calls("GetPolicy");
		assertThat(api.post(path + "/reconcile", "").status()).isEqualTo(202);
		await(() -> calls("GetPolicy") > reads ? true : null);
		awaitPhase(api, path, "READY");
		assertThat(calls("UpdatePolicy")).isEqualTo(updates + 1);
		assertThat(api.post(ENGINES + "/" + engine + "/policies",
				withMember(policy(name("bad"), ANY_GATEWAY_FORBID), "\"enforcementMode\": \"SOMETIMES\"")).status())
			.isEqualTo(400);
	}

	private static String withMember(String json, String member) {
		return json.substring(0, json.lastIndexOf('}')) + ", " + member + "}";
	}

	private static JsonNode heldPolicy(String policyId) {
		return SimulatedAccount.http().get("/local/aws/resources", null).json().get("policies").valueStream()
			.filter(policy -> policy.get("policyId").asString().equals(policyId))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aDeletionAwsFailsIsAskedAgainWithBackoffAndSaysWhy() {
		String engine = post(ENGINES, engine(name("Undeletable")));
		awaitPhase(api, ENGINES + "/" + engine, "READY");
		faults("{\"failDeletesMatching\": \"^Undeletable\"}");
		try {
			assertThat(api.delete(ENGINES + "/" + engine, "\"0\"").status()).isEqualTo(202);
			JsonNode failing = await(() -> {
				JsonNode found = api.get(ENGINES + "/" + engine).json();
				return "AWS_DELETE_FAILED".equals(found.at("/status/lastError/code").asString(null)) ? found : null;
			});
			assertThat(failing.at("/status/lastError/message").asString()).contains("DELETE_FAILED", "Undeletable");
			assertThat(failing.at("/status/phase").asString()).isEqualTo("DELETING");
		}
		finally {
			faults("{}");
		}
		await(() -> api.get(ENGINES + "/" + engine).status() == 404 ? true : null);
	}

	private static void faults(String json) {
		assertThat(SimulatedAccount.http().send("PUT", "/local/aws/faults", null, "application/json", json).status())
			.isEqualTo(200);
	}

	private static long calls(String operation) {
		return SimulatedAccount.http().get("/local/aws/resources", null).json().at("/stats/calls/" + operation).asLong(0);
	}

	private String post(String path, String body) {
		Http.Response response = api.post(path, body);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("id").asString();
	}

	private static String name(String prefix) {
		return unique(prefix).replace('-', '_');
	}

}
