package dev.agentcore.controlplane.permissions;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A managed execution role grants what its gateway and targets name: a team cannot make it grant
 * another team's Lambda, schema object or role, nor a whole bucket through a wildcard in a key.
 */
class ForeignResourcesIntegrationTests extends SimulatedAwsTests {

	static final String MANAGED = """
			{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}""";

	@Test
	void anotherTeamsLambdaAndSchemaObjectAreNotGrantedToAManagedRoleButAnAdminMayDeclareThem() {
		String function = unique("payments");
		String object = "s3://schemas/" + unique("orders") + ".yaml";
		Api owner = Api.asTeam(port, unique("owner"));
		String theirs = owner.post("/api/v1/gateways", openGateway(unique("Theirs"))).json().get("id").asString();
		assertThat(owner.post("/api/v1/gateways/" + theirs + "/targets", lambda("pay", function, object)).status())
			.isEqualTo(202);

		String ours = post("/api/v1/gateways", MANAGED.formatted(unique("Ours")));
		Http.Response lambda = api.post("/api/v1/gateways/" + ours + "/targets", lambda("steal", function, null));
		assertThat(lambda.status()).as(lambda.body()).isEqualTo(403);
		assertThat(lambda.json().get("code").asString()).isEqualTo("RESOURCE_OF_ANOTHER_TEAM");
		assertThat(lambda.json().at("/errors/0/field").asString()).isEqualTo("lambda.functionArn");
		assertThat(lambda.body()).doesNotContain(theirs).doesNotContain("pay\"");
		Http.Response schema = api.post("/api/v1/gateways/" + ours + "/targets", lambda("schema", unique("mine"), object));
		assertThat(schema.status()).as(schema.body()).isEqualTo(403);
		assertThat(schema.json().at("/errors/0/field").asString()).isEqualTo("lambda.toolSchema.s3.uri");
		Http.Response interceptor = api.put("/api/v1/gateways/" + ours, api.get("/api/v1/gateways/" + ours).header("ETag").orElseThrow(), """
				{"name": "%s", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"},
				 "interceptors": [{"lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:%s", "points": ["REQUEST"]}]}"""
			.formatted(name(ours), function));
		assertThat(interceptor.status()).as(interceptor.body()).isEqualTo(403);
		assertThat(interceptor.json().at("/errors/0/field").asString()).isEqualTo("interceptors[0].lambdaArn");
		assertThat(api.get("/api/v1/gateways/" + ours + "/targets").json().get("items")).as("nothing was declared").isEmpty();
		Http.Response plan = api.post("/api/v1/gateways/" + ours + "/targets/plans", lambda("steal", function, null));
		assertThat(plan.json().at("/problem/code").asString()).as(plan.body()).isEqualTo("RESOURCE_OF_ANOTHER_TEAM");

		String ownRole = post("/api/v1/gateways", openGateway(unique("OwnRole")));
		assertThat(api.post("/api/v1/gateways/" + ownRole + "/targets", lambda("theirs", function, null)).status())
			.as("with a role of its own the team grants nothing through the control plane").isEqualTo(202);
		Http.Response toManaged = api.put("/api/v1/gateways/" + ownRole,
				api.get("/api/v1/gateways/" + ownRole).header("ETag").orElseThrow(), MANAGED.formatted(name(ownRole)));
		assertThat(toManaged.status()).as(toManaged.body()).isEqualTo(403);
		assertThat(toManaged.json().at("/errors/0/field").asString()).isEqualTo("target theirs: lambda.functionArn");

		assertThat(post("/api/v1/gateways/" + ours + "/targets", lambda("own", unique("mine"), null))).isNotNull();
		String adminGateway = Api.asAdmin(port).post("/api/v1/gateways", MANAGED.formatted(unique("Admins"))).json().get("id")
			.asString();
		assertThat(Api.asAdmin(port).post("/api/v1/gateways/" + adminGateway + "/targets", lambda("shared", function, null))
			.status()).as("an admin may").isEqualTo(202);
	}

	@Test
	void anotherTeamsManagedRoleCannotBeNamedAsAGatewaysRole() {
		Api owner = Api.asTeam(port, unique("owner"));
		String theirs = owner.post("/api/v1/gateways", MANAGED.formatted(unique("Roled"))).json().get("id").asString();
		String roleArn = owner.get("/api/v1/gateways/" + theirs + "/permissions").json().at("/executionRole/roleArn").asString();
		Http.Response borrowed = api.post("/api/v1/gateways", openGateway(unique("Borrow")).replace(
				"arn:aws:iam::123456789012:role/AgentCoreGatewayRole", roleArn));
		assertThat(borrowed.status()).as(borrowed.body()).isEqualTo(403);
		assertThat(borrowed.json().at("/errors/0/field").asString()).isEqualTo("roleArn");
	}

	@Test
	void aWildcardInAnS3KeyIsRefusedNamingTheField() {
		String ours = post("/api/v1/gateways", MANAGED.formatted(unique("Wild")));
		for (String uri : new String[] { "s3://schemas/*", "s3://schemas/orders-?.json" }) {
			Http.Response refused = api.post("/api/v1/gateways/" + ours + "/targets", lambda("wild", unique("mine"), uri));
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("lambda.toolSchema.s3.uri");
			assertThat(refused.json().at("/errors/0/message").asString()).contains("wildcard");
		}
	}

	String name(String gateway) {
		return api.get("/api/v1/gateways/" + gateway).json().get("name").asString();
	}

	static String lambda(String name, String function, String s3Uri) {
		String target = lambdaTarget(name).replace(":function:weather", ":function:" + function);
		if (s3Uri == null) {
			return target;
		}
		int start = target.indexOf("\"toolSchema\"");
		return target.substring(0, start) + "\"toolSchema\": {\"s3\": {\"uri\": \"" + s3Uri + "\"}}}}";
	}

}
