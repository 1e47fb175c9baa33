package dev.agentcore.controlplane.provisioning;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Gateways with {@code "executionRole": {"managed": true}}: the provisioner creates the IAM role
 * with exactly the planner's policies before the gateway, changes it before a target that needs
 * it is created, and deletes it after the gateway.
 */
class ManagedRoleIntegrationTests extends SimulatedAwsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Test
	void managedRoleGatewayReachesReadyWithARoleHoldingExactlyThePlannersPolicies() {
		String name = unique("Managed");
		String gateway = post("/api/v1/gateways", managedGateway(name));
		String function = unique("weather");
		post("/api/v1/gateways/" + gateway + "/targets", ownLambda("weather", function));
		JsonNode ready = awaitPhase("/api/v1/gateways/" + gateway, "READY");
		await(() -> api.get("/api/v1/gateways/" + gateway + "/targets").json().at("/items/0/status/phase").asString()
			.equals("READY") ? true : null);
		JsonNode permissions = api.get("/api/v1/gateways/" + gateway + "/permissions").json();
		String roleArn = permissions.at("/executionRole/roleArn").asString();
		String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
		assertThat(roleName).isEqualTo("AgentCoreGateway-" + name);
		Role role = iam.getRole(r -> r.roleName(roleName)).role();
		assertThat(role.arn()).isEqualTo(roleArn);
		assertThat(agentCore.getGateway(r -> r.gatewayIdentifier(ready.at("/aws/gatewayId").asString())).roleArn())
			.isEqualTo(roleArn);
		assertThat(json(role.assumeRolePolicyDocument())).isEqualTo(permissions.at("/executionRole/trustPolicy"));
		assertThat(iam.listRolePolicies(r -> r.roleName(roleName)).policyNames()).containsExactly(Roles.PERMISSIONS_POLICY);
		JsonNode held = json(iam.getRolePolicy(r -> r.roleName(roleName).policyName(Roles.PERMISSIONS_POLICY)).policyDocument());
		assertThat(held).isEqualTo(permissions.at("/executionRole/permissionsPolicy"));
		assertThat(held.at("/Statement/0/Resource").asString())
			.isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:" + function);
		JsonNode trusted = json(role.assumeRolePolicyDocument()).at("/Statement/0/Condition");
		assertThat(trusted.at("/ArnEquals/aws:SourceArn").asString()).as("pinned to the gateway AWS made, before its "
				+ "targets were created").isEqualTo(ready.at("/aws/gatewayArn").asString());
		assertThat(trusted.has("ArnLike")).as("no name pattern a lookalike gateway would match").isFalse();
		assertThat(role.tags()).extracting(Tag::key, Tag::value).contains(
				org.assertj.core.groups.Tuple.tuple("managed-by", "agentcore-gateway-control-plane"),
				org.assertj.core.groups.Tuple.tuple("agentcore-gateway-control-plane:gateway-id", gateway));
	}

	@Test
	void addingALambdaTargetUpdatesTheRoleBeforeTheTargetIsCreated() {
		String gateway = post("/api/v1/gateways", managedGateway(unique("Grows")));
		awaitPhase("/api/v1/gateways/" + gateway, "READY");
		String roleName = roleName(gateway);
		assertThat(iam.listRolePolicies(r -> r.roleName(roleName)).policyNames()).as("no targets, no permissions").isEmpty();
		String function = unique("orders");
		String target = post("/api/v1/gateways/" + gateway + "/targets", ownLambda("orders", function));
		awaitPhase("/api/v1/gateways/" + gateway + "/targets/" + target, "READY");
		JsonNode held = json(iam.getRolePolicy(r -> r.roleName(roleName).policyName(Roles.PERMISSIONS_POLICY)).policyDocument());
		assertThat(held.at("/Statement/0/Resource").asString()).endsWith(":function:" + function);
		List<Map<String, Object>> calls = jdbc.sql("""
				select id, resource_type, message from resource_events where scope_id = ? and type = 'AWS_CALL' order by id""")
			.param(UUID.fromString(gateway))
			.query()
			.listOfRows();
		int roleUpdate = indexOf(calls, "EXECUTION_ROLE", "UpdateRole");
		int targetCreate = indexOf(calls, "TARGET", "CreateGatewayTarget");
		assertThat(roleUpdate).as("the role's update is recorded: %s", calls).isNotNegative();
		assertThat(roleUpdate).as("the role changed before the target was created: %s", calls).isLessThan(targetCreate);
	}

	@Test
	void deletingTheGatewayDeletesTheRoleAfterIt() {
		String gateway = post("/api/v1/gateways", managedGateway(unique("Goes")));
		post("/api/v1/gateways/" + gateway + "/targets", ownLambda("weather", unique("weather")));
		awaitPhase("/api/v1/gateways/" + gateway, "READY");
		String roleName = roleName(gateway);
		await(() -> iam.listRolePolicies(r -> r.roleName(roleName)).policyNames().isEmpty() ? null : true);
		assertThat(api.delete("/api/v1/gateways/" + gateway + "?cascade=true", "\"0\"").status()).isEqualTo(202);
		await(() -> api.get("/api/v1/gateways/" + gateway).status() == 404 ? true : null);
		await(() -> jdbc.sql("select count(*) from execution_roles where gateway_id = ?").param(UUID.fromString(gateway))
			.query(Long.class).single() == 0 ? true : null);
		assertThatThrownBy(() -> iam.getRole(r -> r.roleName(roleName))).isInstanceOf(NoSuchEntityException.class);
		List<String> deletions = jdbc.sql("select resource_type from resource_events where scope_id = ? and type = 'DELETED' order by id")
			.param(UUID.fromString(gateway)).query(String.class).list();
		assertThat(deletions).containsExactly("TARGET", "GATEWAY", "EXECUTION_ROLE");
	}

	@Test
	void aLongGatewayNameGivesARoleNameWithinIamsLimits() {
		String name = unique("x".repeat(39));
		String gateway = post("/api/v1/gateways", managedGateway(name));
		awaitPhase("/api/v1/gateways/" + gateway, "READY");
		String roleName = roleName(gateway);
		assertThat(roleName).hasSizeLessThanOrEqualTo(64).matches("[\\w+=,.@-]+").startsWith("AgentCoreGateway-xxxx");
		assertThat(iam.getRole(r -> r.roleName(roleName)).role().roleName()).isEqualTo(roleName);
	}

	String roleName(String gateway) {
		String arn = api.get("/api/v1/gateways/" + gateway + "/permissions").json().at("/executionRole/roleArn").asString();
		return arn.substring(arn.lastIndexOf('/') + 1);
	}

	/** A Lambda target of a function no other team names (a managed role grants no other team's function). */
	static String ownLambda(String name, String function) {
		return lambdaTarget(name).replace(":function:weather", ":function:" + function);
	}

	static String managedGateway(String name) {
		return """
				{"name": "%s", "description": "managed role", "executionRole": {"managed": true}, "authorizer": {"type": "NONE"}}"""
			.formatted(name);
	}

	static JsonNode json(String urlEncoded) {
		return JSON.readTree(URLDecoder.decode(urlEncoded, StandardCharsets.UTF_8));
	}

	static int indexOf(List<Map<String, Object>> calls, String type, String operation) {
		for (int i = 0; i < calls.size(); i++) {
			if (type.equals(calls.get(i).get("resource_type")) && String.valueOf(calls.get(i).get("message")).startsWith(operation)) {
				return i;
			}
		}
		return -1;
	}

}
