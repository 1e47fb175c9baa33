package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetType;

/**
 * Computes least-privilege policies from desired state alone: every function, bucket object, key
 * and credential provider a gateway uses is known, so no statement says {@code "Resource": "*"}
 * where the resource is known. Pure: same input, same output, in a stable order.
 */
final class PermissionPlanner {

	static final String SERVICE = "bedrock-agentcore.amazonaws.com";

	private PermissionPlanner() {
	}

	/** One target, as the planner needs it. */
	record PlannedTarget(String name, TargetType type, TargetSpec spec) {
	}

	/** What the control plane's identity calls on a managed execution role (the provisioner's IAM calls). */
	static final List<String> MANAGED_ROLE_ACTIONS = List.of("iam:CreateRole", "iam:GetRole", "iam:DeleteRole",
			"iam:TagRole", "iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy", "iam:GetRolePolicy", "iam:DeleteRolePolicy",
			"iam:ListRolePolicies");

	/**
	 * @param gatewayName the gateway's name
	 * @param gatewayArn the gateway's ARN once AWS created it; null before
	 */
	static PermissionPlan plan(String gatewayName, String gatewayArn, GatewaySpec spec, List<PlannedTarget> targets) {
		return plan(gatewayName, gatewayArn, spec, targets, spec.policyEngine() == null ? null : spec.policyEngine().arn());
	}

	/**
	 * @param policyEngineArn the ARN of the policy engine the gateway attaches (resolved from our engine when the spec
	 * names it by id; a pattern while AWS has not created it); null when none
	 */
	static PermissionPlan plan(String gatewayName, String gatewayArn, GatewaySpec spec, List<PlannedTarget> targets,
			String policyEngineArn) {
		return plan(gatewayName, gatewayArn, spec, targets, policyEngineArn, false);
	}

	/**
	 * @param authorizerManagedVpc whether the IDP profile behind the JWT authorizer reaches its identity provider
	 * through a managed VPC private endpoint
	 */
	static PermissionPlan plan(String gatewayName, String gatewayArn, GatewaySpec spec, List<PlannedTarget> targets,
			String policyEngineArn, boolean authorizerManagedVpc) {
		Arn role = Arn.parse(spec.roleArn());
		String partition = role.partition();
		String account = role.account();
		List<String> notes = new ArrayList<>();
		String gateway = gatewayArn != null ? gatewayArn : "arn:" + partition + ":bedrock-agentcore:*:" + account + ":gateway/*";
		if (gatewayArn == null) {
			notes.add("The gateway has no ARN yet; the trust policy admits any gateway of account " + account
					+ ". Narrow aws:SourceArn to the gateway's ARN once it is created (GET this again).");
		}
		Map<String, Object> trustCondition = new TreeMap<>();
		trustCondition.put("StringEquals", Map.of("aws:SourceAccount", account));
		trustCondition.put("ArnLike", Map.of("aws:SourceArn", gateway));
		Map<String, Object> trust = new PolicyDocument().allow("AllowAgentCoreGatewayToAssumeRole",
				Map.of("Service", SERVICE), List.of("sts:AssumeRole"), null, trustCondition).json();

		TargetResources resources = TargetResources.of(targets, partition, account, notes);
		TreeSet<String> interceptors = new TreeSet<>();
		if (spec.interceptors() != null) {
			spec.interceptors().forEach(interceptor -> interceptors.add(interceptor.lambdaArn()));
		}

		PolicyDocument permissions = new PolicyDocument();
		if (!resources.functions.isEmpty()) {
			permissions.allow("InvokeLambdaTargets", List.of("lambda:InvokeFunction"), List.copyOf(resources.functions));
		}
		if (!interceptors.isEmpty()) {
			permissions.allow("InvokeInterceptors", List.of("lambda:InvokeFunction"), List.copyOf(interceptors));
		}
		resources.invocations.forEach((action, invoked) -> permissions.allow(SignedEndpoints.sid(action), List.of(action),
				List.copyOf(invoked)));
		s3Statements(permissions, resources.objectsByOwner, "ReadTargetSchemas");
		if (spec.kmsKeyArn() != null) {
			permissions.allow("UseGatewayKey", List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of(spec.kmsKeyArn()));
		}
		CredentialStatements.outbound(permissions, resources.oauthProviders, resources.apiKeyProviders, gatewayName);
		GatewayStatements.policyEngine(permissions, spec, policyEngineArn, gateway, notes);
		if (permissions.isEmpty()) {
			notes.add("The targets need nothing from the execution role beyond the trust policy.");
		}
		if (spec.interceptors() == null && !spec.owns("interceptors")) {
			notes.add("The spec does not declare interceptors: Lambdas attached outside the control plane (kept on "
					+ "every update) need lambda:InvokeFunction too, which this plan cannot know. Optional members: "
					+ GatewayMembers.OPTIONAL + ".");
		}

		PolicyDocument caller = new PolicyDocument()
			.allow("ManageGatewaysAndTargets", List.of("bedrock-agentcore:CreateGateway", "bedrock-agentcore:GetGateway",
					"bedrock-agentcore:UpdateGateway", "bedrock-agentcore:DeleteGateway",
					"bedrock-agentcore:CreateGatewayTarget", "bedrock-agentcore:GetGatewayTarget",
					"bedrock-agentcore:UpdateGatewayTarget", "bedrock-agentcore:DeleteGatewayTarget",
					"bedrock-agentcore:ListGatewayTargets", "bedrock-agentcore:SynchronizeGatewayTargets",
					"bedrock-agentcore:CreateGatewayRule", "bedrock-agentcore:GetGatewayRule", "bedrock-agentcore:UpdateGatewayRule",
					"bedrock-agentcore:DeleteGatewayRule", "bedrock-agentcore:ListGatewayRules"),
					List.of(gateway))
			.allow("CreateGatewayWorkloadIdentity", List.of("bedrock-agentcore:CreateWorkloadIdentity"),
					List.of("arn:" + partition + ":bedrock-agentcore:*:" + account + ":workload-identity-directory/default",
							"arn:" + partition + ":bedrock-agentcore:*:" + account
									+ ":workload-identity-directory/default/workload-identity/*"))
			.allow("ListGateways", List.of("bedrock-agentcore:ListGateways"), List.of("*"))
			.allow("PassExecutionRoleToAgentCore", null, List.of("iam:PassRole"), List.of(spec.roleArn()),
					PolicyDocument.condition("StringEquals", "iam:PassedToService", SERVICE));
		if (spec.managedRole()) {
			caller.allow("ManageTheExecutionRole", MANAGED_ROLE_ACTIONS, List.of(spec.roleArn()));
			notes.add("The control plane creates, changes and deletes the managed execution role itself "
					+ "(ManageTheExecutionRole); iam:PassRole hands it to AgentCore.");
		}
		if (spec.oauthReturnUrls() != null) {
			caller.allow("SetGatewayOAuthReturnUrls", List.of("bedrock-agentcore:GetWorkloadIdentity",
					"bedrock-agentcore:UpdateWorkloadIdentity"), List.of("arn:" + partition + ":bedrock-agentcore:*:" + account
							+ ":workload-identity-directory/default/workload-identity/" + gatewayName.toLowerCase() + "-*"));
		}
		PrivateEndpointStatements.managedVpc(caller, targets, authorizerManagedVpc, partition, account, notes);
		ToolListingStatements.listMcpServerTools(caller, spec, targets, gateway, notes);
		GatewayStatements.tagging(caller, gateway);
		GatewayStatements.resourcePolicy(caller, spec, gateway);
		GatewayStatements.attachPolicyEngine(caller, spec, policyEngineArn);
		s3Statements(caller, resources.objectsByOwner, "ReadTargetSchemasWhenCreating");
		if (spec.kmsKeyArn() != null) {
			caller.allow("UseGatewayKeyWhenCreating", List.of("kms:CreateGrant", "kms:Decrypt", "kms:DescribeKey",
					"kms:GenerateDataKey"), List.of(spec.kmsKeyArn()));
		}
		notes.add("ListGateways cannot be limited to a resource, so it is the one '*' statement; the other caller "
				+ "actions are limited to this account's gateways.");

		TreeSet<String> functions = new TreeSet<>(resources.functions);
		functions.addAll(interceptors);
		List<PermissionPlan.LambdaResourcePolicy> lambdas = new ArrayList<>();
		for (String function : functions) {
			lambdas.add(resourcePolicy(function, gatewayName, spec.roleArn(), account, notes));
		}
		notes.add("Verify the role before creating the gateway: " + ShellCommand.of("aws", "iam", "simulate-principal-policy",
				"--policy-source-arn", spec.roleArn(), "--action-names", "lambda:InvokeFunction", "s3:GetObject").line()
				+ " --resource-arns <an ARN above>.");
		return new PermissionPlan(new PermissionPlan.ExecutionRole(spec.roleArn(), trust, permissions.json()),
				caller.json(), lambdas, List.copyOf(notes));
	}

	/** A Lambda in another account than the role needs a resource-based policy its owner adds. */
	private static PermissionPlan.LambdaResourcePolicy resourcePolicy(String function, String gatewayName, String roleArn,
			String account, List<String> notes) {
		Arn arn = Arn.parse(function);
		if (arn.account().equals(account)) {
			return new PermissionPlan.LambdaResourcePolicy(function, false, null, null, null);
		}
		Map<String, Object> policy = new PolicyDocument().allow("AllowAgentCoreGateway" + sanitize(gatewayName),
				Map.of("AWS", roleArn), List.of("lambda:InvokeFunction"), List.of(function), null).json();
		ShellCommand cli = ShellCommand.of("aws", "lambda", "add-permission", "--region", arn.region(), "--function-name",
				function, "--statement-id", "agentcore-gateway-" + gatewayName.toLowerCase(Locale.ROOT), "--action",
				"lambda:InvokeFunction", "--principal", roleArn);
		notes.add("Lambda " + function + " is in account " + arn.account() + ", not the role's " + account
				+ ": add the resource-based policy shown (its owner must run the command).");
		return new PermissionPlan.LambdaResourcePolicy(function, true, policy, cli.line(), cli.argv());
	}

	/** One statement per bucket owner: objects of a named owner carry s3:ResourceAccount. */
	private static void s3Statements(PolicyDocument policy, TreeMap<String, TreeSet<String>> objectsByOwner, String sid) {
		objectsByOwner.forEach((owner, objects) -> {
			if (owner.isEmpty()) {
				policy.allow(sid, List.of("s3:GetObject"), List.copyOf(objects));
			}
			else {
				policy.allow(sid + "Of" + owner, null, List.of("s3:GetObject"), List.copyOf(objects),
						PolicyDocument.condition("StringEquals", "s3:ResourceAccount", owner));
			}
		});
	}

	private static String sanitize(String name) {
		return name.replaceAll("[^A-Za-z0-9]", "");
	}

}
