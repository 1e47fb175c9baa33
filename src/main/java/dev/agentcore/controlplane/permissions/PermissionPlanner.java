package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
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

	/**
	 * @param gatewayName the gateway's name
	 * @param gatewayArn the gateway's ARN once AWS created it; null before
	 */
	static PermissionPlan plan(String gatewayName, String gatewayArn, GatewaySpec spec, List<PlannedTarget> targets) {
		Arn role = Arn.parse(spec.roleArn());
		String partition = role.partition();
		String account = role.account();
		List<String> notes = new ArrayList<>();

		String sourceArn = gatewayArn != null ? gatewayArn
				: "arn:" + partition + ":bedrock-agentcore:*:" + account + ":gateway/*";
		if (gatewayArn == null) {
			notes.add("The gateway has no ARN yet; the trust policy admits any gateway of account " + account
					+ ". Narrow aws:SourceArn to the gateway's ARN once it is created (GET this again).");
		}
		Map<String, Object> trustCondition = new TreeMap<>();
		trustCondition.put("StringEquals", Map.of("aws:SourceAccount", account));
		trustCondition.put("ArnLike", Map.of("aws:SourceArn", sourceArn));
		Map<String, Object> trust = new PolicyDocument().allow("AllowAgentCoreGatewayToAssumeRole",
				Map.of("Service", SERVICE), List.of("sts:AssumeRole"), null, trustCondition).json();

		TreeSet<String> functions = new TreeSet<>();
		TreeMap<String, TreeSet<String>> objectsByOwner = new TreeMap<>();
		TreeSet<String> oauthProviders = new TreeSet<>();
		TreeSet<String> apiKeyProviders = new TreeSet<>();
		for (PlannedTarget target : targets) {
			collect(target, partition, functions, objectsByOwner, oauthProviders, apiKeyProviders, notes);
		}

		PolicyDocument permissions = new PolicyDocument();
		if (!functions.isEmpty()) {
			permissions.allow("InvokeLambdaTargets", List.of("lambda:InvokeFunction"), List.copyOf(functions));
		}
		s3Statements(permissions, objectsByOwner, "ReadTargetSchemas");
		if (spec.kmsKeyArn() != null) {
			permissions.allow("UseGatewayKey", List.of("kms:Decrypt", "kms:GenerateDataKey"), List.of(spec.kmsKeyArn()));
		}
		outboundCredentials(permissions, oauthProviders, apiKeyProviders, gatewayName);
		if (permissions.isEmpty()) {
			notes.add("The targets need nothing from the execution role beyond the trust policy.");
		}

		PolicyDocument caller = new PolicyDocument()
			.allow("ManageGatewaysAndTargets", List.of("bedrock-agentcore:CreateGateway", "bedrock-agentcore:GetGateway",
					"bedrock-agentcore:UpdateGateway", "bedrock-agentcore:DeleteGateway",
					"bedrock-agentcore:CreateGatewayTarget", "bedrock-agentcore:GetGatewayTarget",
					"bedrock-agentcore:UpdateGatewayTarget", "bedrock-agentcore:DeleteGatewayTarget",
					"bedrock-agentcore:ListGatewayTargets", "bedrock-agentcore:SynchronizeGatewayTargets"),
					List.of(gatewayArn != null ? gatewayArn : "arn:" + partition + ":bedrock-agentcore:*:" + account + ":gateway/*"))
			.allow("CreateGatewayWorkloadIdentity", List.of("bedrock-agentcore:CreateWorkloadIdentity"),
					List.of("arn:" + partition + ":bedrock-agentcore:*:" + account + ":workload-identity-directory/default",
							"arn:" + partition + ":bedrock-agentcore:*:" + account
									+ ":workload-identity-directory/default/workload-identity/*"))
			.allow("ListGateways", List.of("bedrock-agentcore:ListGateways"), List.of("*"))
			.allow("PassExecutionRoleToAgentCore", null, List.of("iam:PassRole"), List.of(spec.roleArn()),
					PolicyDocument.condition("StringEquals", "iam:PassedToService", SERVICE));
		s3Statements(caller, objectsByOwner, "ReadTargetSchemasWhenCreating");
		if (spec.kmsKeyArn() != null) {
			caller.allow("UseGatewayKeyWhenCreating", List.of("kms:CreateGrant", "kms:Decrypt", "kms:DescribeKey",
					"kms:GenerateDataKey"), List.of(spec.kmsKeyArn()));
		}
		notes.add("ListGateways cannot be limited to a resource, so it is the one '*' statement; the other caller "
				+ "actions are limited to this account's gateways.");

		List<PermissionPlan.LambdaResourcePolicy> lambdas = new ArrayList<>();
		for (String function : functions) {
			Arn arn = Arn.parse(function);
			boolean crossAccount = !arn.account().equals(account);
			if (!crossAccount) {
				lambdas.add(new PermissionPlan.LambdaResourcePolicy(function, false, null, null, null));
				continue;
			}
			Map<String, Object> policy = new PolicyDocument().allow("AllowAgentCoreGateway" + sanitize(gatewayName),
					Map.of("AWS", spec.roleArn()), List.of("lambda:InvokeFunction"), List.of(function), null).json();
			ShellCommand cli = ShellCommand.of("aws", "lambda", "add-permission", "--region", arn.region(), "--function-name",
					function, "--statement-id", "agentcore-gateway-" + gatewayName.toLowerCase(Locale.ROOT), "--action",
					"lambda:InvokeFunction", "--principal", spec.roleArn());
			lambdas.add(new PermissionPlan.LambdaResourcePolicy(function, true, policy, cli.line(), cli.argv()));
			notes.add("Lambda " + function + " is in account " + arn.account() + ", not the role's " + account
					+ ": add the resource-based policy shown (its owner must run the command).");
		}
		notes.add("Verify the role before creating the gateway: " + ShellCommand.of("aws", "iam", "simulate-principal-policy",
				"--policy-source-arn", spec.roleArn(), "--action-names", "lambda:InvokeFunction", "s3:GetObject").line()
				+ " --resource-arns <an ARN above>.");
		return new PermissionPlan(new PermissionPlan.ExecutionRole(spec.roleArn(), trust, permissions.json()),
				caller.json(), lambdas, List.copyOf(notes));
	}

	private static void collect(PlannedTarget target, String partition, TreeSet<String> functions,
			TreeMap<String, TreeSet<String>> objects, TreeSet<String> oauth, TreeSet<String> apiKeys, List<String> notes) {
		TargetSpec spec = target.spec();
		switch (target.type()) {
			case OPENAPI -> schema(spec.openApi(), partition, objects);
			case SMITHY -> {
				schema(spec.smithy(), partition, objects);
				notes.add("Target " + target.name() + " is a Smithy model: the execution role also needs the actions of "
						+ "the service it models (e.g. s3:ListBucket for Amazon S3), which only the model names.");
			}
			case LAMBDA -> {
				functions.add(spec.lambda().functionArn());
				if (spec.lambda().toolSchema().s3() != null) {
					object(spec.lambda().toolSchema().s3(), partition, objects);
				}
			}
			case MCP_SERVER, API_GATEWAY -> {
			}
		}
		if (target.type() == TargetType.API_GATEWAY) {
			notes.add("Target " + target.name() + " calls API Gateway REST API " + spec.apiGateway().restApiId()
					+ " with the execution role: allow execute-api:Invoke on its stage " + spec.apiGateway().stage()
					+ " if the API uses IAM authorization.");
		}
		Credentials credentials = spec.credentials();
		if (credentials != null && credentials.type() == Credentials.CredentialType.OAUTH) {
			oauth.add(credentials.providerArn());
		}
		if (credentials != null && credentials.type() == Credentials.CredentialType.API_KEY) {
			apiKeys.add(credentials.providerArn());
		}
	}

	/**
	 * What outbound OAuth and API-key credentials need, per the AgentCore developer guide
	 * ("Set up permissions for AgentCore Gateway", gateway outbound authorization): the gateway's
	 * workload access token, the provider's token or key from the token vault, and the secret the
	 * token vault keeps for the provider.
	 */
	private static void outboundCredentials(PolicyDocument permissions, TreeSet<String> oauth, TreeSet<String> apiKeys,
			String gatewayName) {
		if (oauth.isEmpty() && apiKeys.isEmpty()) {
			return;
		}
		TreeSet<String> directories = new TreeSet<>();
		TreeSet<String> secrets = new TreeSet<>();
		for (String provider : oauth) {
			Arn arn = Arn.parse(provider);
			directories.add(directory(arn));
			secrets.add(secret(arn, "oauth2"));
		}
		for (String provider : apiKeys) {
			Arn arn = Arn.parse(provider);
			directories.add(directory(arn));
			secrets.add(secret(arn, "apikey"));
		}
		List<String> identities = new ArrayList<>();
		for (String directory : directories) {
			identities.add(directory);
			identities.add(directory + "/workload-identity/" + gatewayName.toLowerCase() + "-*");
		}
		permissions.allow("GetWorkloadAccessToken", List.of("bedrock-agentcore:GetWorkloadAccessToken"), identities);
		if (!oauth.isEmpty()) {
			List<String> resources = new ArrayList<>(identities);
			oauth.stream().map(PermissionPlanner::vault).distinct().forEach(resources::add);
			resources.addAll(oauth);
			permissions.allow("GetOAuthTokens", List.of("bedrock-agentcore:GetResourceOauth2Token"), resources);
		}
		if (!apiKeys.isEmpty()) {
			List<String> resources = new ArrayList<>(identities);
			apiKeys.stream().map(PermissionPlanner::vault).distinct().forEach(resources::add);
			resources.addAll(apiKeys);
			permissions.allow("GetApiKeys", List.of("bedrock-agentcore:GetResourceApiKey"), resources);
		}
		permissions.allow("ReadCredentialProviderSecrets", List.of("secretsmanager:GetSecretValue"), List.copyOf(secrets));
	}

	private static String directory(Arn provider) {
		return "arn:" + provider.partition() + ":bedrock-agentcore:" + provider.region() + ":" + provider.account()
				+ ":workload-identity-directory/default";
	}

	private static String vault(String provider) {
		Arn arn = Arn.parse(provider);
		return "arn:" + arn.partition() + ":bedrock-agentcore:" + arn.region() + ":" + arn.account() + ":token-vault/default";
	}

	private static String secret(Arn provider, String kind) {
		return "arn:" + provider.partition() + ":secretsmanager:" + provider.region() + ":" + provider.account()
				+ ":secret:bedrock-agentcore-identity!default/" + kind + "/" + provider.last() + "-*";
	}

	private static void schema(TargetBlocks.SchemaSource source, String partition, TreeMap<String, TreeSet<String>> objects) {
		if (source != null && source.s3() != null) {
			object(source.s3(), partition, objects);
		}
	}

	private static void object(TargetBlocks.S3Location location, String partition, TreeMap<String, TreeSet<String>> objects) {
		String path = location.uri().substring("s3://".length());
		String owner = Objects.requireNonNullElse(location.bucketOwnerAccountId(), "");
		objects.computeIfAbsent(owner, key -> new TreeSet<>()).add("arn:" + partition + ":s3:::" + path);
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
