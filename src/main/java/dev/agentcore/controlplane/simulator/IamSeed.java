package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a fresh simulated account holds in IAM, so the embedded default works before anyone
 * writes a policy: the role the control plane runs as ({@value #CONTROL_PLANE_ROLE}, which STS
 * reports as the caller), allowed to pass roles to AgentCore, and a starter execution role
 * ({@value #STARTER_ROLE}) as the seed document's IAM section builds it: trusted by AgentCore for
 * this account, allowed to invoke the account's functions and read schemas from S3.
 */
final class IamSeed {

	static final String CONTROL_PLANE_ROLE = "ControlPlane";

	static final String CONTROL_PLANE_SESSION = "control-plane";

	static final String STARTER_ROLE = "AgentCoreGatewayRole";

	private IamSeed() {
	}

	static List<SimulatedRole> roles(String account, Instant now) {
		return List.of(controlPlane(account, now), starter(account, now));
	}

	/**
	 * What another account holds: the starter execution role, and the role the control plane assumes there
	 * ({@value SimulatedAccounts#ACCESS_ROLE}), trusting {@code trustedPrincipal} with {@code externalId} and allowed
	 * what the control plane's own role is in its account.
	 */
	static List<SimulatedRole> placedAccount(String account, String trustedPrincipal, String externalId, Instant now) {
		String trust = """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "%s"},
				 "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"sts:ExternalId": "%s"}}}]}"""
			.formatted(trustedPrincipal, externalId);
		return List.of(role(account, SimulatedAccounts.ACCESS_ROLE, "The role the control plane assumes in this account",
				trust, "ControlPlaneAccess", access(account), now), starter(account, now));
	}

	private static SimulatedRole controlPlane(String account, Instant now) {
		String trust = """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"},
				 "Action": "sts:AssumeRole"}]}""";
		return role(account, CONTROL_PLANE_ROLE, "The identity the control plane runs as", trust, "ControlPlaneAccess",
				access(account), now);
	}

	private static String access(String account) {
		return """
				{"Version": "2012-10-17", "Statement": [
				 {"Sid": "ManageGateways", "Effect": "Allow", "Action": "bedrock-agentcore:*", "Resource": "*"},
				 {"Sid": "PassExecutionRolesToAgentCore", "Effect": "Allow", "Action": "iam:PassRole",
				  "Resource": "arn:aws:iam::%1$s:role/*",
				  "Condition": {"StringEquals": {"iam:PassedToService": "bedrock-agentcore.amazonaws.com"}}},
				 {"Sid": "ManageExecutionRoles", "Effect": "Allow", "Action": ["iam:CreateRole", "iam:GetRole", "iam:DeleteRole",
				  "iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy", "iam:ListRolePolicies", "iam:TagRole",
				  "iam:UpdateAssumeRolePolicy", "iam:SimulatePrincipalPolicy"], "Resource": "arn:aws:iam::%1$s:role/*"}]}"""
			.formatted(account);
	}

	private static SimulatedRole starter(String account, Instant now) {
		String trust = """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "bedrock-agentcore.amazonaws.com"},
				 "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "%s"}}}]}""".formatted(account);
		String targets = """
				{"Version": "2012-10-17", "Statement": [
				 {"Sid": "InvokeAccountFunctions", "Effect": "Allow", "Action": "lambda:InvokeFunction",
				  "Resource": "arn:aws:lambda:*:%s:function:*"},
				 {"Sid": "ReadSchemas", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::*"}]}"""
			.formatted(account);
		return role(account, STARTER_ROLE, "A starter execution role for AgentCore gateways", trust, "GatewayTargets",
				targets, now);
	}

	private static SimulatedRole role(String account, String name, String description, String trust, String policyName,
			String policy, Instant now) {
		String roleId = ("AROA" + name.toUpperCase(java.util.Locale.ROOT) + "X".repeat(17)).substring(0, 21);
		return new SimulatedRole(name, "/", roleId, "arn:aws:iam::" + account + ":role/" + name, trust, description, now,
				Map.of(), Map.of(policyName, policy));
	}

}
