package dev.agentcore.controlplane.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.SimulatedAwsTests;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans through the real HTTP stack against a provisioned gateway: what a PUT or POST would
 * change, in place or not, the AWS calls, the problems, the IAM grants — and nothing stored.
 */
class PlanIntegrationTests extends SimulatedAwsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDescriptionChangeIsInPlaceWithOneUpdateGateway() {
		String name = unique("Plan");
		String id = post("/api/v1/gateways", openGateway(name));
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		String snapshot = snapshot();
		JsonNode plan = api.post("/api/v1/gateways/" + id + "/plans", openGateway(name).replace("test gateway", "v2")).json();
		assertThat(plan.get("action").asString()).isEqualTo("UPDATE");
		assertThat(plan.get("accepted").asBoolean()).isTrue();
		assertThat(plan.get("replacement").asBoolean()).isFalse();
		assertThat(plan.get("changes")).hasSize(1);
		assertThat(plan.at("/changes/0/field").asString()).isEqualTo("description");
		assertThat(plan.at("/changes/0/old").asString()).isEqualTo("test gateway");
		assertThat(plan.at("/changes/0/new").asString()).isEqualTo("v2");
		assertThat(plan.at("/changes/0/applied").asString()).isEqualTo("IN_PLACE");
		assertThat(plan.get("awsCalls")).hasSize(1);
		assertThat(plan.at("/awsCalls/0/operation").asString()).isEqualTo("UpdateGateway");
		assertThat(plan.at("/awsCalls/0/resource").asString()).isEqualTo(ready.at("/aws/gatewayId").asString());
		assertThat(plan.get("endpoint").asString()).startsWith("In place").contains(ready.at("/aws/gatewayUrl").asString());
		assertThat(plan.at("/permissions/executionRole/gained").isArray()).as("the permissions' difference is there").isTrue();
		assertThat(plan.at("/permissions/executionRole/gained")).isEmpty();
		assertThat(plan.at("/permissions/executionRole/lost").isArray()).isTrue();
		assertThat(plan.at("/permissions/executionRole/lost")).isEmpty();
		assertThat(snapshot()).as("nothing stored, nothing queued").isEqualTo(snapshot);
		assertThat(agentCore.getGateway(r -> r.gatewayIdentifier(ready.at("/aws/gatewayId").asString())).description())
			.isEqualTo("test gateway");
	}

	@Test
	void aResourcePolicyIsPutWithoutAnUpdateGatewayAndTheCallerMayManageIt() {
		String name = unique("Plan");
		String id = post("/api/v1/gateways", openGateway(name));
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		String withPolicy = openGateway(name).replaceFirst("}$", """
				, "resourcePolicy": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
				   "Principal": {"AWS": "222233334444"}, "Action": "bedrock-agentcore:InvokeGateway", "Resource": "*"}]}}""");
		JsonNode plan = api.post("/api/v1/gateways/" + id + "/plans", withPolicy).json();
		assertThat(plan.get("accepted").asBoolean()).as(plan.toString()).isTrue();
		assertThat(plan.get("awsCalls")).hasSize(1);
		assertThat(plan.at("/awsCalls/0/operation").asString()).isEqualTo("PutResourcePolicy");
		assertThat(plan.at("/awsCalls/0/resource").asString()).isEqualTo(ready.at("/aws/gatewayArn").asString());
		assertThat(plan.toString()).contains("bedrock-agentcore:PutResourcePolicy");
	}

	@Test
	void aNewLambdaTargetShowsTheRoleGainingExactlyThatFunction() {
		String id = post("/api/v1/gateways", """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}""".formatted(unique("Grants")));
		post("/api/v1/gateways/" + id + "/targets", lambdaTarget("weather").replace(":weather", ":" + unique("weather")));
		awaitPhase("/api/v1/gateways/" + id, "READY");
		await(() -> api.get("/api/v1/gateways/" + id + "/targets").json().at("/items/0/status/phase").asString()
			.equals("READY") ? true : null);
		String snapshot = snapshot();
		String function = unique("orders");
		JsonNode plan = api.post("/api/v1/gateways/" + id + "/targets/plans",
				lambdaTarget("orders").replace(":weather", ":" + function)).json();
		assertThat(plan.get("action").asString()).isEqualTo("CREATE");
		JsonNode gained = plan.at("/permissions/executionRole/gained");
		assertThat(gained).hasSize(1);
		assertThat(gained.at("/0/action").asString()).isEqualTo("lambda:InvokeFunction");
		assertThat(gained.at("/0/resource").asString()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:" + function);
		assertThat(plan.at("/permissions/executionRole/lost")).isEmpty();
		assertThat(plan.get("awsCalls").valueStream().map(call -> call.get("operation").asString()))
			.containsExactly("PutRolePolicy", "CreateGatewayTarget");
		assertThat(plan.get("preflight").asBoolean()).isTrue();
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void anInvalidBodyListsTheProblemAPutWouldGet() {
		String name = unique("Invalid");
		String id = post("/api/v1/gateways", openGateway(name));
		awaitPhase("/api/v1/gateways/" + id, "READY");
		String invalid = """
				{"name": "%s", "description": "%s", "roleArn": "arn:aws:iam::123:user/x", "authorizer": {"type": "NONE"}}"""
			.formatted(name, "d".repeat(201));
		String snapshot = snapshot();
		JsonNode plan = api.post("/api/v1/gateways/" + id + "/plans", invalid).json();
		Http.Response put = api.put("/api/v1/gateways/" + id, "\"0\"", invalid);
		assertThat(put.status()).isEqualTo(400);
		assertThat(plan.get("accepted").asBoolean()).isFalse();
		assertThat(plan.get("action").asString()).isEqualTo("REFUSED");
		assertThat(plan.at("/problem/status").asInt()).isEqualTo(400);
		assertThat(plan.at("/problem/code").asString()).isEqualTo(put.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(plan.at("/problem/errors")).isEqualTo(put.json().get("errors"));
		assertThat(plan.at("/problem/errors").valueStream().map(e -> e.get("field").asString()))
			.containsExactlyInAnyOrder("description", "roleArn");
		assertThat(plan.get("awsCalls")).isEmpty();
		assertThat(snapshot()).isEqualTo(snapshot);
	}

	@Test
	void aNameChangeNeedsANewGatewayAndIsRefusedAsThePutWouldBe() {
		String name = unique("Named");
		String id = post("/api/v1/gateways", openGateway(name));
		JsonNode plan = api.post("/api/v1/gateways/" + id + "/plans", openGateway(name + "x")).json();
		assertThat(plan.at("/problem/code").asString()).isEqualTo("NAME_IMMUTABLE");
		assertThat(plan.at("/problem/status").asInt()).isEqualTo(409);
		assertThat(plan.get("replacement").asBoolean()).isTrue();
		assertThat(plan.at("/changes/0/field").asString()).isEqualTo("name");
		assertThat(plan.at("/changes/0/applied").asString()).isEqualTo("REPLACEMENT");
		assertThat(plan.get("endpoint").asString()).contains("new URL");
	}

	@Test
	void anotherPlacementNeedsANewGatewayAndThePlanSaysHowToGetOne() {
		String name = unique("Placed");
		String id = post("/api/v1/gateways", openGateway(name));
		String moved = openGateway(name).replaceFirst("\\{", "{\"placement\": {\"accountId\": \"210987654321\", "
				+ "\"region\": \"eu-west-1\"}, ");
		JsonNode plan = api.post("/api/v1/gateways/" + id + "/plans", moved).json();
		assertThat(plan.get("action").asString()).isEqualTo("REFUSED");
		assertThat(plan.at("/problem/code").asString()).isEqualTo("PLACEMENT_IMMUTABLE");
		assertThat(plan.get("replacement").asBoolean()).isTrue();
		assertThat(plan.get("changes")).hasSize(1);
		assertThat(plan.at("/changes/0/field").asString()).isEqualTo("placement");
		assertThat(plan.at("/changes/0/new/accountId").asString()).isEqualTo("210987654321");
		assertThat(plan.at("/changes/0/applied").asString()).isEqualTo("REPLACEMENT");
		assertThat(plan.get("endpoint").asString()).contains("placement cannot change",
				"declare a new gateway with placement 210987654321/eu-west-1 (POST /api/v1/gateways), move the targets");
		Http.Response put = api.put("/api/v1/gateways/" + id, api.get("/api/v1/gateways/" + id).header("ETag").orElseThrow(),
				moved);
		assertThat(put.status()).isEqualTo(409);
		assertThat(put.json().get("code").asString()).isEqualTo("PLACEMENT_IMMUTABLE");
	}

	@Test
	void plansStoreNothingAndNeedOnlyTheReadScope() {
		String team = unique("readers");
		Api writer = Api.asTeam(port, team);
		String id = writer.post("/api/v1/gateways", openGateway(unique("Stored"))).json().get("id").asString();
		String target = writer.post("/api/v1/gateways/" + id + "/targets", lambdaTarget("weather")).json().get("id").asString();
		api = writer;
		awaitPhase("/api/v1/gateways/" + id + "/targets/" + target, "READY");
		Api reader = Api.withToken(port, TestIssuer.get().token(team, "controlplane:read"));
		String snapshot = snapshot(team);
		long dangling = danglingWork();
		String newName = unique("Never");
		Map<String, String> key = Map.of("Idempotency-Key", unique("key"));
		List<Http.Response> plans = List.of(
				reader.post("/api/v1/gateways/plans", openGateway(newName), key),
				reader.post("/api/v1/gateways/plans", """
						{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}""".formatted(newName)),
				reader.post("/api/v1/gateways/" + id + "/plans", openGateway("x").replace("\"x\"", "\"" + name(id) + "\"")
					.replace("test gateway", "changed")),
				reader.post("/api/v1/gateways/" + id + "/targets/plans", lambdaTarget("other"), key),
				reader.post("/api/v1/gateways/" + id + "/targets/" + target + "/plans",
						lambdaTarget("weather").replace("Weather for a city", "Weather anywhere")));
		assertThat(plans).allSatisfy(response -> assertThat(response.status()).as(response.body()).isEqualTo(200));
		assertThat(plans.get(0).json().get("action").asString()).isEqualTo("CREATE");
		assertThat(plans.get(1).json().get("awsCalls").valueStream().map(call -> call.get("operation").asString()))
			.containsExactly("CreateRole", "CreateGateway");
		assertThat(plans.get(4).json().at("/awsCalls/0/operation").asString()).isEqualTo("UpdateGatewayTarget");
		assertThat(snapshot(team)).as("rows, events, idempotency keys and queued work of the team").isEqualTo(snapshot);
		assertThat(danglingWork()).as("no work queued for resources that do not exist").isEqualTo(dangling);
		assertThat(writer.get("/api/v1/gateways?name=" + newName).json().get("items")).isEmpty();
		assertThat(reader.post("/api/v1/gateways", openGateway(unique("NotAllowed"))).status()).as("a plan is not a write")
			.isEqualTo(403);
	}

	String name(String id) {
		return api.get("/api/v1/gateways/" + id).json().get("name").asString();
	}

	String snapshot() {
		return snapshot(api.get("/api/v1/me").json().get("team").asString());
	}

	/**
	 * The team's declared state (ids, specs, generations and versions of its gateways, targets,
	 * managed roles and profiles), its history and idempotency keys, and the work queued for it.
	 * Status columns are left out: the provisioner writes them on its own schedule.
	 */
	String snapshot(String team) {
		return jdbc.sql("""
				select md5(coalesce(string_agg(x, '|' order by x), '')) from (
				  select concat_ws(',', 'g', id, spec, generation, version) x from gateways where team = :team
				  union all select concat_ws(',', 't', id, spec, generation, version) from gateway_targets where team = :team
				  union all select concat_ws(',', 'r', id, name, generation, version) from execution_roles where team = :team
				  union all select concat_ws(',', 'p', id, spec, version) from idp_profiles where team = :team
				  union all select concat_ws(',', 'e', id, type, message) from resource_events where team = :team
				  union all select concat_ws(',', 'i', key, request_hash) from idempotency_keys where scope = 'team:' || :team
				  union all select concat_ws(',', 'q', task_instance) from scheduled_tasks
				    where split_part(task_instance, ':', 2) in (select id::text from gateways where team = :team
				      union select id::text from gateway_targets where team = :team
				      union select id::text from execution_roles where team = :team)) rows""")
			.param("team", team)
			.query(String.class)
			.single();
	}

	long danglingWork() {
		return jdbc.sql("""
				select count(*) from scheduled_tasks where split_part(task_instance, ':', 2) not in (
				  select id::text from gateways union select id::text from gateway_targets
				  union select id::text from execution_roles)""").query(Long.class).single();
	}

}
