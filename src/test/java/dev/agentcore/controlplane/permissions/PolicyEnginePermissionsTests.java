package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewaySpec;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyEnginePermissionsTests {

	static final String ENGINE = "arn:aws:bedrock-agentcore:us-west-2:111122223333:policy-engine/orders_engine-a1b2c3d4e5";

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void managingAnEngineIsLimitedToItAndItsPolicies() {
		JsonNode policy = json.valueToTree(PolicyEnginePermissions.plan("orders_engine", ENGINE).callerPolicy());
		JsonNode engine = statement(policy, "ManagePolicyEngine");
		assertThat(engine.get("Action").valueStream().map(JsonNode::asString)).contains("bedrock-agentcore:CreatePolicyEngine",
				"bedrock-agentcore:DeletePolicyEngine");
		assertThat(engine.get("Resource").asString()).isEqualTo(ENGINE);
		assertThat(statement(policy, "ManagePolicies").get("Resource").valueStream().map(JsonNode::asString))
			.containsExactly(ENGINE, ENGINE + "/policy/*");
		assertThat(statement(policy, "ListPolicyEngines").get("Resource").asString()).isEqualTo("*");
	}

	@Test
	void anEngineNotYetInAwsIsNamedByAPatternOnItsName() {
		PolicyEnginePermissions.Plan plan = PolicyEnginePermissions.plan("orders_engine", null);
		JsonNode policy = json.valueToTree(plan.callerPolicy());
		assertThat(statement(policy, "ManagePolicyEngine").get("Resource").asString())
			.isEqualTo("arn:aws:bedrock-agentcore:*:*:policy-engine/orders_engine-*");
		assertThat(plan.notes()).anyMatch(note -> note.contains("no ARN yet"));
	}

	@Test
	void aGatewayAttachingOurEngineByIdIsPlannedWithTheEnginesArn() {
		GatewaySpec spec = new GatewaySpec(null, "arn:aws:iam::111122223333:role/GatewayRole",
				new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null, null), null, null, null, Map.of(), null,
				new GatewayMembers.PolicyEngine(null, UUID.randomUUID(), GatewayMembers.PolicyEngineMode.ENFORCE), null);
		PermissionPlan plan = PermissionPlanner.plan("orders", null, spec, List.of(), ENGINE);
		JsonNode permissions = json.valueToTree(plan.executionRole().permissionsPolicy());
		assertThat(statement(permissions, "EvaluatePolicyEngine").get("Resource").get(0).asString()).isEqualTo(ENGINE);
		JsonNode caller = json.valueToTree(plan.callerPolicy());
		assertThat(statement(caller, "ReadAttachedPolicyEngine").get("Resource").asString()).isEqualTo(ENGINE);
	}

	private static JsonNode statement(JsonNode policy, String sid) {
		return policy.get("Statement").valueStream().filter(s -> s.get("Sid").asString().equals(sid)).findFirst().orElseThrow();
	}

}
