package dev.agentcore.controlplane.provisioning;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preflight against the simulated account's IAM: a role that AgentCore may not assume, or that
 * may not invoke a target's Lambda, stops the gateway or target before any AgentCore call, naming
 * the missing statement and showing it; a fix and POST .../reconcile go on from there.
 */
class PreflightIntegrationTests extends SimulatedAwsTests {

	static final String TRUSTS_AGENTCORE = """
			{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "bedrock-agentcore.amazonaws.com"},
			 "Action": "sts:AssumeRole", "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"}}}]}""";

	static final String TRUSTS_LAMBDA = TRUSTS_AGENTCORE.replace("bedrock-agentcore", "lambda");

	@Test
	void aRoleWithoutTheTrustStatementStopsTheGatewayBeforeAnyAgentCoreCall() {
		String role = role(TRUSTS_LAMBDA, invoke("other"));
		String name = unique("Untrusted");
		long creates = calls("CreateGateway");
		String gateway = post("/api/v1/gateways", gatewayWithRole(name, role));
		JsonNode failed = awaitPhase("/api/v1/gateways/" + gateway, "FAILED");
		assertThat(failed.at("/status/lastError/code").asString()).isEqualTo("ROLE_TRUST_MISSING");
		assertThat(failed.at("/status/lastError/message").asString()).contains("AllowAgentCoreGatewayToAssumeRole")
			.contains("\"Principal\":{\"Service\":\"bedrock-agentcore.amazonaws.com\"}")
			.contains("\"aws:SourceAccount\":\"123456789012\"");
		assertNoAgentCoreCall(gateway, name, creates);

		String target = post("/api/v1/gateways/" + gateway + "/targets", lambdaTarget("weather"));
		iam.updateAssumeRolePolicy(r -> r.roleName(nameOf(role)).policyDocument(TRUSTS_AGENTCORE));
		assertThat(api.post("/api/v1/gateways/" + gateway + "/reconcile", "").status()).isEqualTo(202);
		JsonNode stillFailed = await(() -> {
			JsonNode g = api.get("/api/v1/gateways/" + gateway).json();
			return "ROLE_PERMISSION_MISSING".equals(g.at("/status/lastError/code").asString()) ? g : null;
		});
		assertThat(stillFailed.at("/status/lastError/message").asString())
			.contains("lambda:InvokeFunction on arn:aws:lambda:us-east-1:123456789012:function:weather")
			.contains("InvokeLambdaTargets")
			.contains("\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:weather\"");
		assertNoAgentCoreCall(gateway, name, creates);

		iam.putRolePolicy(r -> r.roleName(nameOf(role)).policyName("Targets").policyDocument(invoke("weather")));
		api.post("/api/v1/gateways/" + gateway + "/reconcile", "");
		awaitPhase("/api/v1/gateways/" + gateway, "READY");
		awaitPhase("/api/v1/gateways/" + gateway + "/targets/" + target, "READY");
	}

	@Test
	void aRoleWithoutLambdaInvokeStopsTheTargetBeforeCreateGatewayTarget() {
		String role = role(TRUSTS_AGENTCORE, invoke("other"));
		String gateway = post("/api/v1/gateways", gatewayWithRole(unique("NoInvoke"), role));
		awaitPhase("/api/v1/gateways/" + gateway, "READY");
		long targetCreates = calls("CreateGatewayTarget");
		String target = post("/api/v1/gateways/" + gateway + "/targets", lambdaTarget("weather"));
		JsonNode failed = awaitPhase("/api/v1/gateways/" + gateway + "/targets/" + target, "FAILED");
		assertThat(failed.at("/status/lastError/code").asString()).isEqualTo("ROLE_PERMISSION_MISSING");
		assertThat(failed.at("/status/lastError/message").asString())
			.contains("may not lambda:InvokeFunction on arn:aws:lambda:us-east-1:123456789012:function:weather (implicitDeny)")
			.contains("lacks the statement InvokeLambdaTargets")
			.contains("\"Action\":\"lambda:InvokeFunction\"");
		assertThat(failed.at("/aws/targetId").isNull()).isTrue();
		assertThat(calls("CreateGatewayTarget")).isEqualTo(targetCreates);
		assertThat(awsCalls(gateway)).noneMatch(message -> message.startsWith("CreateGatewayTarget"));
	}

	@Test
	void aMissingRoleIsNamedWithThePolicyToCreateItWith() {
		String name = unique("NoRole");
		long creates = calls("CreateGateway");
		String gateway = post("/api/v1/gateways", gatewayWithRole(name, "arn:aws:iam::123456789012:role/" + unique("absent")));
		JsonNode failed = awaitPhase("/api/v1/gateways/" + gateway, "FAILED");
		assertThat(failed.at("/status/lastError/code").asString()).isEqualTo("ROLE_NOT_FOUND");
		assertThat(failed.at("/status/lastError/message").asString()).contains("does not exist in account 123456789012")
			.contains("\"executionRole\": {\"managed\": true}");
		assertNoAgentCoreCall(gateway, name, creates);
	}

	@Test
	void theControlPlaneMustBeAllowedToPassTheRole() {
		String role = role(TRUSTS_AGENTCORE, invoke("weather"));
		String original = ManagedRoleIntegrationTests.json(iam.getRolePolicy(r -> r.roleName("ControlPlane")
			.policyName("ControlPlaneAccess")).policyDocument()).toString();
		iam.putRolePolicy(r -> r.roleName("ControlPlane").policyName("ControlPlaneAccess").policyDocument(original
			.replace("\"iam:PassRole\"", "\"iam:GetRole\"")));
		try {
			String gateway = post("/api/v1/gateways", gatewayWithRole(unique("NoPass"), role));
			JsonNode failed = awaitPhase("/api/v1/gateways/" + gateway, "FAILED");
			assertThat(failed.at("/status/lastError/code").asString()).isEqualTo("CALLER_CANNOT_PASS_ROLE");
			assertThat(failed.at("/status/lastError/message").asString())
				.contains("arn:aws:iam::123456789012:role/ControlPlane may not iam:PassRole " + role)
				.contains("PassExecutionRoleToAgentCore")
				.contains("\"iam:PassedToService\":\"bedrock-agentcore.amazonaws.com\"");
		}
		finally {
			iam.putRolePolicy(r -> r.roleName("ControlPlane").policyName("ControlPlaneAccess").policyDocument(original));
		}
	}

	@Test
	void aLambdaInAnotherAccountCannotBeCheckedAndIsReportedWithTheCommandNotAsAFailure() {
		String gateway = post("/api/v1/gateways", gatewayWithRole(unique("Cross"),
				"arn:aws:iam::123456789012:role/AgentCoreGatewayRole"));
		awaitPhase("/api/v1/gateways/" + gateway, "READY");
		String target = post("/api/v1/gateways/" + gateway + "/targets",
				lambdaTarget("partner").replace("123456789012:function:weather", "444455556666:function:partner"));
		awaitPhase("/api/v1/gateways/" + gateway + "/targets/" + target, "READY");
		assertThat(awsCalls(gateway)).anySatisfy(message -> assertThat(message).startsWith("Preflight")
			.contains("arn:aws:lambda:us-east-1:444455556666:function:partner")
			.contains("cannot be checked from this account")
			.contains("aws lambda add-permission"));
	}

	void assertNoAgentCoreCall(String gateway, String name, long createsBefore) {
		assertThat(awsCalls(gateway)).noneMatch(message -> message.startsWith("CreateGateway"));
		assertThat(resources().get("gateways").valueStream().map(g -> g.get("name").asString())).doesNotContain(name);
		assertThat(calls("CreateGateway")).isEqualTo(createsBefore);
	}

	List<String> awsCalls(String gateway) {
		return api.get("/api/v1/gateways/" + gateway + "/events?limit=200").json().get("items").valueStream()
			.filter(event -> event.get("type").asString().equals("AWS_CALL"))
			.map(event -> event.get("message").asString())
			.toList();
	}

	static String role(String trust, String permissions) {
		String name = unique("role");
		String arn = iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trust)).role().arn();
		iam.putRolePolicy(r -> r.roleName(name).policyName("Targets").policyDocument(permissions));
		return arn;
	}

	static String nameOf(String roleArn) {
		return roleArn.substring(roleArn.lastIndexOf('/') + 1);
	}

	static String invoke(String function) {
		return """
				{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "lambda:InvokeFunction",
				 "Resource": "arn:aws:lambda:us-east-1:123456789012:function:%s"}]}""".formatted(function);
	}

	static String gatewayWithRole(String name, String roleArn) {
		return """
				{"name": "%s", "roleArn": "%s", "authorizer": {"type": "NONE"}}""".formatted(name, roleArn);
	}

}
