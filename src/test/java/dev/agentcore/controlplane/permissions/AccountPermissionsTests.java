package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an account's access role must be allowed covers what a placed gateway's dependents call there. */
class AccountPermissionsTests {

	private static final String ROLE = "arn:aws:iam::210987654321:role/AgentCoreControlPlaneAccess";

	private final Map<String, Object> policy = AccountPermissions.plan("210987654321", List.of("eu-west-1"), ROLE, "x1",
			"arn:aws:iam::123456789012:role/ControlPlane").rolePolicy();

	@Test
	void theRoleMayManageThePlacedGatewaysRulesInItsRegions() {
		Map<String, Object> agentCore = statement("ManageAgentCoreResources");
		assertThat(asList(agentCore.get("Action"))).contains("bedrock-agentcore:CreateGatewayRule",
				"bedrock-agentcore:GetGatewayRule", "bedrock-agentcore:UpdateGatewayRule",
				"bedrock-agentcore:DeleteGatewayRule", "bedrock-agentcore:ListGatewayRules");
		assertThat(asList(agentCore.get("Resource"))).containsExactly("arn:aws:bedrock-agentcore:eu-west-1:210987654321:*");
	}

	@Test
	void theRoleMaySimulateOnlyItsOwnPoliciesForThePreflight() {
		Map<String, Object> simulate = statement("SimulateItsOwnPolicies");
		assertThat(asList(simulate.get("Action"))).containsExactly("iam:SimulatePrincipalPolicy");
		assertThat(asList(simulate.get("Resource"))).containsExactly(ROLE);
		assertThat(asList(statement("ManageExecutionRoles").get("Action"))).contains("iam:GetRole");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> statement(String sid) {
		return ((List<Map<String, Object>>) policy.get("Statement")).stream()
			.filter(statement -> sid.equals(statement.get("Sid")))
			.findFirst()
			.orElseThrow();
	}

	private static List<Object> asList(Object value) {
		return value instanceof List<?> list ? List.copyOf(list) : List.of(value);
	}

}
