package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an account the control plane provisions into needs, from its declaration alone. The trust policy of the
 * account's access role admits the control plane's own principal with the account's external id for
 * {@code sts:AssumeRole}, nothing more; the role's permissions are what the kinds it will hold call, in that account
 * and its regions; the control plane's own identity needs {@code sts:AssumeRole} on exactly that role. Pure.
 */
public final class AccountPermissions {

	private AccountPermissions() {
	}

	/**
	 * @param trustPolicy the access role's trust policy
	 * @param rolePolicy what the access role must be allowed, for the kinds it will hold
	 * @param controlPlanePolicy for the control plane's own identity
	 * @param notes what the planner cannot decide for you
	 */
	public record Plan(Map<String, Object> trustPolicy, Map<String, Object> rolePolicy,
			Map<String, Object> controlPlanePolicy, List<String> notes) {
	}

	/**
	 * The trust policy the account's access role needs.
	 *
	 * @param controlPlanePrincipal the control plane's own IAM role (or user) ARN
	 */
	public static Map<String, Object> trustPolicy(String controlPlanePrincipal, String externalId) {
		return new PolicyDocument().allow("TrustTheControlPlane", Map.of("AWS", controlPlanePrincipal),
				List.of("sts:AssumeRole"), null, PolicyDocument.condition("StringEquals", "sts:ExternalId", externalId))
			.json();
	}

	/**
	 * @param controlPlanePrincipal the control plane's own principal; null when STS cannot tell it now
	 */
	public static Plan plan(String accountId, List<String> regions, String roleArn, String externalId,
			String controlPlanePrincipal) {
		Arn role = Arn.parse(roleArn);
		String partition = role.partition();
		List<String> notes = new ArrayList<>();
		String principal = controlPlanePrincipal;
		if (principal == null) {
			principal = "arn:" + partition + ":iam::<control plane account>:role/<control plane role>";
			notes.add("STS cannot tell the control plane's own principal now; replace the placeholder in trustPolicy.");
		}
		List<String> agentCore = new ArrayList<>();
		List<String> cognito = new ArrayList<>();
		List<String> secrets = new ArrayList<>();
		for (String region : regions) {
			String prefix = ":" + region + ":" + accountId + ":";
			agentCore.add("arn:" + partition + ":bedrock-agentcore" + prefix + "*");
			cognito.add("arn:" + partition + ":cognito-idp" + prefix + "userpool/*");
			secrets.add("arn:" + partition + ":secretsmanager" + prefix + "secret:*");
		}
		String roles = "arn:" + partition + ":iam::" + accountId + ":role/*";
		PolicyDocument permissions = new PolicyDocument()
			.allow("ManageAgentCoreResources", List.of("bedrock-agentcore:CreateGateway", "bedrock-agentcore:GetGateway",
					"bedrock-agentcore:UpdateGateway", "bedrock-agentcore:DeleteGateway",
					"bedrock-agentcore:CreateGatewayTarget", "bedrock-agentcore:GetGatewayTarget",
					"bedrock-agentcore:UpdateGatewayTarget", "bedrock-agentcore:DeleteGatewayTarget",
					"bedrock-agentcore:ListGatewayTargets", "bedrock-agentcore:SynchronizeGatewayTargets",
					"bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource",
					"bedrock-agentcore:ListTagsForResource", "bedrock-agentcore:CreateWorkloadIdentity",
					"bedrock-agentcore:CreatePolicyEngine", "bedrock-agentcore:GetPolicyEngine",
					"bedrock-agentcore:UpdatePolicyEngine", "bedrock-agentcore:DeletePolicyEngine",
					"bedrock-agentcore:CreatePolicy", "bedrock-agentcore:GetPolicy", "bedrock-agentcore:UpdatePolicy",
					"bedrock-agentcore:DeletePolicy", "bedrock-agentcore:ListPolicies",
					"bedrock-agentcore:CreateGatewayRule", "bedrock-agentcore:GetGatewayRule",
					"bedrock-agentcore:UpdateGatewayRule", "bedrock-agentcore:DeleteGatewayRule",
					"bedrock-agentcore:ListGatewayRules"), agentCore)
			.allow("ListAgentCoreResources", List.of("bedrock-agentcore:ListGateways",
					"bedrock-agentcore:ListPolicyEngines"), List.of("*"))
			.allow("ManageExecutionRoles", PermissionPlanner.MANAGED_ROLE_ACTIONS, List.of(roles))
			// The preflight before a placed gateway asks, as this role, whether it may pass the execution role.
			.allow("SimulateItsOwnPolicies", List.of("iam:SimulatePrincipalPolicy"), List.of(roleArn))
			.allow("PassExecutionRolesToAgentCore", null, List.of("iam:PassRole"), List.of(roles),
					PolicyDocument.condition("StringEquals", "iam:PassedToService", PermissionPlanner.SERVICE))
			.allow("CreateAndFindUserPools", IdentityProviderPermissions.UNSCOPED, List.of("*"))
			.allow("ManageUserPools", IdentityProviderPermissions.ON_THE_POOL, cognito)
			.allow("KeepClientSecrets", IdentityProviderPermissions.ON_THE_SECRETS, secrets);
		notes.add("ListGateways, ListPolicyEngines, CreateUserPool, ListUserPools and DescribeUserPoolDomain take no "
				+ "resource: AWS authorizes them on '*' only.");
		Map<String, Object> controlPlane = new PolicyDocument()
			.allow("AssumeTheAccountsAccessRole", List.of("sts:AssumeRole"), List.of(roleArn))
			.allow("TellWhoItIs", List.of("sts:GetCallerIdentity"), List.of("*"))
			.json();
		return new Plan(trustPolicy(principal, externalId), permissions.json(), controlPlane, List.copyOf(notes));
	}

}
