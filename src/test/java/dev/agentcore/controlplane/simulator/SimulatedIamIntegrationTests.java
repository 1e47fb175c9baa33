package dev.agentcore.controlplane.simulator;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.ContextKeyTypeEnum;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.QueryEndpointPath;

import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulated IAM and STS through the real AWS SDK clients (the Query protocol): roles, their
 * trust and inline policies and tags, IAM's errors, and the policy simulator's decisions.
 */
class SimulatedIamIntegrationTests {

	static final String TRUST = """
			{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "bedrock-agentcore.amazonaws.com"},
			 "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}}]}""";

	static ConfigurableApplicationContext simulator;

	static IamClient iam;

	static StsClient sts;

	static Http http;

	@BeforeAll
	static void startSimulator() {
		simulator = AgentCoreSimulator.run("--server.port=0");
		int port = Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port"));
		http = new Http(port);
		StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));
		iam = IamClient.builder()
			.endpointOverride(URI.create("http://localhost:" + port + IamWireController.BASE_PATH))
			.region(Region.AWS_GLOBAL)
			.credentialsProvider(credentials)
			.overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())
				.addExecutionInterceptor(new QueryEndpointPath(IamWireController.BASE_PATH)))
			.build();
		sts = StsClient.builder()
			.endpointOverride(URI.create("http://localhost:" + port + StsWireController.BASE_PATH))
			.region(Region.US_EAST_1)
			.credentialsProvider(credentials)
			.overrideConfiguration(config -> config.addExecutionInterceptor(new QueryEndpointPath(StsWireController.BASE_PATH)))
			.build();
	}

	@AfterAll
	static void stopSimulator() {
		iam.close();
		sts.close();
		simulator.close();
	}

	@Test
	void roleKeepsItsTrustPolicyTagsAndInlinePolicies() {
		String name = uniqueName("Role");
		Role created = iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST).description("test")
			.tags(Tag.builder().key("managed-by").value("test").build())).role();
		assertThat(created.arn()).isEqualTo("arn:aws:iam::123456789012:role/" + name);
		assertThat(created.roleId()).startsWith("AROA").hasSize(21);
		assertThat(created.createDate()).isNotNull();
		iam.tagRole(r -> r.roleName(name).tags(Tag.builder().key("team").value("payments").build()));
		iam.putRolePolicy(r -> r.roleName(name).policyName("Targets").policyDocument(invoke("weather")));
		Role read = iam.getRole(r -> r.roleName(name.toUpperCase())).role();
		assertThat(decode(read.assumeRolePolicyDocument())).isEqualTo(TRUST);
		assertThat(read.tags()).extracting(Tag::key).containsExactly("managed-by", "team");
		assertThat(iam.listRolePolicies(r -> r.roleName(name)).policyNames()).containsExactly("Targets");
		assertThat(decode(iam.getRolePolicy(r -> r.roleName(name).policyName("Targets")).policyDocument()))
			.isEqualTo(invoke("weather"));
		iam.updateAssumeRolePolicy(r -> r.roleName(name).policyDocument(TRUST.replace("123456789012", "111122223333")));
		assertThat(decode(iam.getRole(r -> r.roleName(name)).role().assumeRolePolicyDocument())).contains("111122223333");
		JsonNode resources = http.get("/local/aws/resources", null).json();
		assertThat(resources.get("roles").valueStream().filter(role -> role.get("name").asString().equals(name)).findFirst()
			.orElseThrow().at("/inlinePolicies/Targets/Statement/0/Resource").asString()).endsWith(":function:weather");
		assertThat(resources.at("/stats/calls/PutRolePolicy").asLong()).isPositive();
	}

	@Test
	void iamRefusesWhatIamRefuses() {
		String name = uniqueName("Strict");
		iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST));
		assertThatThrownBy(() -> iam.createRole(r -> r.roleName(name.toLowerCase()).assumeRolePolicyDocument(TRUST)))
			.isInstanceOf(EntityAlreadyExistsException.class);
		assertThatThrownBy(() -> iam.getRole(r -> r.roleName("no-such-role"))).isInstanceOf(NoSuchEntityException.class)
			.satisfies(ex -> assertThat(((NoSuchEntityException) ex).statusCode()).isEqualTo(404));
		assertThatThrownBy(() -> iam.putRolePolicy(r -> r.roleName(name).policyName("P").policyDocument(TRUST)))
			.isInstanceOf(MalformedPolicyDocumentException.class)
			.hasMessageContaining("should not specify a principal");
		assertThatThrownBy(() -> iam.createRole(r -> r.roleName("x".repeat(65)).assumeRolePolicyDocument(TRUST)))
			.hasMessageContaining("roleName");
		iam.putRolePolicy(r -> r.roleName(name).policyName("P").policyDocument(invoke("f")));
		assertThatThrownBy(() -> iam.deleteRole(r -> r.roleName(name))).isInstanceOf(DeleteConflictException.class);
		iam.deleteRolePolicy(r -> r.roleName(name).policyName("P"));
		iam.deleteRole(r -> r.roleName(name));
		assertThatThrownBy(() -> iam.getRole(r -> r.roleName(name))).isInstanceOf(NoSuchEntityException.class);
	}

	@Test
	void simulatorDecidesWithWildcardsDenyAndConditions() {
		String name = uniqueName("Sim");
		String arn = iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST)).role().arn();
		iam.putRolePolicy(r -> r.roleName(name).policyName("P").policyDocument("""
				{"Version": "2012-10-17", "Statement": [
				 {"Effect": "Allow", "Action": "lambda:Invoke*", "Resource": "arn:aws:lambda:*:123456789012:function:w?ather"},
				 {"Effect": "Deny", "Action": "lambda:*", "Resource": "arn:aws:lambda:*:*:function:wrather"},
				 {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::schemas/*",
				  "Condition": {"StringEquals": {"s3:ResourceAccount": "444455556666"}}}]}"""));
		List<EvaluationResult> results = iam.simulatePrincipalPolicy(r -> r.policySourceArn(arn)
			.actionNames("LAMBDA:InvokeFunction")
			.resourceArns("arn:aws:lambda:us-east-1:123456789012:function:weather",
					"arn:aws:lambda:us-east-1:123456789012:function:wrather",
					"arn:aws:lambda:us-east-1:123456789012:function:other")).evaluationResults();
		assertThat(results).extracting(EvaluationResult::evalDecisionAsString)
			.containsExactly("allowed", "explicitDeny", "implicitDeny");
		assertThat(results.getFirst().matchedStatements()).extracting(s -> s.sourcePolicyId()).containsExactly("P");
		EvaluationResult withoutContext = iam.simulatePrincipalPolicy(r -> r.policySourceArn(arn).actionNames("s3:GetObject")
			.resourceArns("arn:aws:s3:::schemas/a.json")).evaluationResults().getFirst();
		assertThat(withoutContext.evalDecisionAsString()).isEqualTo("implicitDeny");
		assertThat(withoutContext.missingContextValues()).containsExactly("s3:ResourceAccount");
		EvaluationResult withContext = iam.simulatePrincipalPolicy(r -> r.policySourceArn(arn).actionNames("s3:GetObject")
			.resourceArns("arn:aws:s3:::schemas/a.json")
			.contextEntries(ContextEntry.builder().contextKeyName("s3:ResourceAccount").contextKeyValues("444455556666")
				.contextKeyType(ContextKeyTypeEnum.STRING).build())).evaluationResults().getFirst();
		assertThat(withContext.evalDecisionAsString()).isEqualTo("allowed");
	}

	@Test
	void assumingARoleIsDecidedByItsTrustPolicy() {
		String callerName = uniqueName("Caller");
		String caller = iam.createRole(r -> r.roleName(callerName).assumeRolePolicyDocument(TRUST)).role().arn();
		String trusting = uniqueName("Trusting");
		String trustingArn = iam.createRole(r -> r.roleName(trusting).assumeRolePolicyDocument("""
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "%s"}, "Action": "sts:AssumeRole"}]}"""
			.formatted(caller))).role().arn();
		String other = iam.createRole(r -> r.roleName(uniqueName("Other")).assumeRolePolicyDocument(TRUST)).role().arn();
		List<EvaluationResult> results = iam.simulatePrincipalPolicy(r -> r.policySourceArn(caller)
			.actionNames("sts:AssumeRole").resourceArns(trustingArn, other)).evaluationResults();
		assertThat(results).extracting(EvaluationResult::evalDecisionAsString).containsExactly("allowed", "implicitDeny");
		assertThat(results.getFirst().matchedStatements()).extracting(s -> s.sourcePolicyTypeAsString()).containsExactly("resource");
	}

	@Test
	void theCallerIsTheControlPlaneRoleWhichMayPassRolesToAgentCoreOnly() {
		GetCallerIdentityResponse identity = sts.getCallerIdentity();
		assertThat(identity.account()).isEqualTo("123456789012");
		assertThat(identity.arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/ControlPlane/control-plane");
		String controlPlane = iam.getRole(r -> r.roleName("ControlPlane")).role().arn();
		String starter = iam.getRole(r -> r.roleName("AgentCoreGatewayRole")).role().arn();
		ContextEntry agentCore = ContextEntry.builder().contextKeyName("iam:PassedToService")
			.contextKeyValues("bedrock-agentcore.amazonaws.com").contextKeyType(ContextKeyTypeEnum.STRING).build();
		ContextEntry lambda = agentCore.toBuilder().contextKeyValues("lambda.amazonaws.com").build();
		assertThat(iam.simulatePrincipalPolicy(r -> r.policySourceArn(controlPlane).actionNames("iam:PassRole")
			.resourceArns(starter).contextEntries(agentCore)).evaluationResults().getFirst().evalDecisionAsString())
			.isEqualTo("allowed");
		assertThat(iam.simulatePrincipalPolicy(r -> r.policySourceArn(controlPlane).actionNames("iam:PassRole")
			.resourceArns(starter).contextEntries(lambda)).evaluationResults().getFirst().evalDecisionAsString())
			.isEqualTo("implicitDeny");
	}

	static String invoke(String function) {
		return """
				{"Version": "2012-10-17", "Statement": [{"Sid": "Invoke", "Effect": "Allow", "Action": "lambda:InvokeFunction",
				 "Resource": "arn:aws:lambda:us-east-1:123456789012:function:%s"}]}""".formatted(function);
	}

	static String decode(String document) {
		return URLDecoder.decode(document, StandardCharsets.UTF_8);
	}

}
