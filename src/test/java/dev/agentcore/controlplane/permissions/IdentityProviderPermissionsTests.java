package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class IdentityProviderPermissionsTests {

	@Test
	void exactlyThePoolAndThisProfilesSecrets() {
		IdentityProviderPermissions.ManagedIdpPlan plan = IdentityProviderPermissions.plan(
				"arn:aws:cognito-idp:us-west-2:111122223333:userpool/us-west-2_gmSGKKGr9", "agentcore-control-plane/idp-profiles/p1/");
		List<Map<String, Object>> statements = statements(plan);
		assertThat(statements.get(1).get("Resource")).isEqualTo("arn:aws:cognito-idp:us-west-2:111122223333:userpool/us-west-2_gmSGKKGr9");
		assertThat((List<Object>) statements.get(1).get("Action")).contains("cognito-idp:CreateUserPoolClient",
				"cognito-idp:DeleteUserPool", "cognito-idp:UpdateResourceServer", "cognito-idp:CreateUserPoolDomain");
		assertThat(statements.get(2).get("Resource"))
			.isEqualTo("arn:aws:secretsmanager:us-west-2:111122223333:secret:agentcore-control-plane/idp-profiles/p1/*");
		assertThat((List<Object>) statements.get(2).get("Action")).contains("secretsmanager:CreateSecret",
				"secretsmanager:GetSecretValue", "secretsmanager:DeleteSecret");
		assertThat(statements.get(0).get("Resource")).as("only the actions without resource types").isEqualTo("*");
		assertThat((List<Object>) statements.get(0).get("Action")).containsExactlyInAnyOrder("cognito-idp:CreateUserPool",
				"cognito-idp:ListUserPools", "cognito-idp:DescribeUserPoolDomain");
	}

	@Test
	void beforeThePoolExistsAnyPoolIsAdmittedAndTheNotesSaySo() {
		IdentityProviderPermissions.ManagedIdpPlan plan = IdentityProviderPermissions.plan(null, "agentcore-control-plane/idp-profiles/p1/");
		assertThat(statements(plan).get(1).get("Resource")).isEqualTo("arn:aws:cognito-idp:*:*:userpool/*");
		assertThat(plan.notes().getFirst()).contains("does not exist yet");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> statements(IdentityProviderPermissions.ManagedIdpPlan plan) {
		return (List<Map<String, Object>>) plan.controlPlanePolicy().get("Statement");
	}

}
