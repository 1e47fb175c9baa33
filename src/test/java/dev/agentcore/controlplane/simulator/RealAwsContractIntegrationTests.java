package dev.agentcore.controlplane.simulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

import dev.agentcore.controlplane.provisioning.aws.MemberShimForTests;

/**
 * The contract suite against real AWS, to check the simulator's fidelity. Opt in with
 * {@code AGENTCORE_CONTRACT_REAL_AWS=true}, credentials and region from the default chains, and
 * {@code AGENTCORE_CONTRACT_ROLE_ARN} naming a role that trusts bedrock-agentcore.amazonaws.com.
 * The member tests need {@code AGENTCORE_CONTRACT_INTERCEPTOR_ARN} (a Lambda function the role may
 * invoke), {@code AGENTCORE_CONTRACT_POLICY_ENGINE_ARN} (a policy engine of the account) and
 * {@code AGENTCORE_CONTRACT_RUNTIME_ARN} (an agent runtime the role may invoke).
 * It creates and deletes real gateways named {@code Contract-*}, {@code Targets-*} and so on.
 */
@EnabledIfEnvironmentVariable(named = "AGENTCORE_CONTRACT_REAL_AWS", matches = "true")
class RealAwsContractIntegrationTests extends AgentCoreMembersContract {

	static BedrockAgentCoreControlClient client;

	@BeforeAll
	static void connect() {
		client = BedrockAgentCoreControlClient.builder()
			.overrideConfiguration(config -> config.addExecutionInterceptor(MemberShimForTests.interceptor()))
			.build();
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Override
	BedrockAgentCoreControlClient client() {
		return client;
	}

	@Override
	String roleArn() {
		return System.getenv("AGENTCORE_CONTRACT_ROLE_ARN");
	}

	@Override
	String interceptorArn() {
		return required("AGENTCORE_CONTRACT_INTERCEPTOR_ARN");
	}

	@Override
	String policyEngineArn() {
		return required("AGENTCORE_CONTRACT_POLICY_ENGINE_ARN");
	}

	@Override
	String runtimeArn() {
		return required("AGENTCORE_CONTRACT_RUNTIME_ARN");
	}

	private static String required(String variable) {
		String value = System.getenv(variable);
		org.junit.jupiter.api.Assumptions.assumeTrue(value != null && !value.isBlank(), variable + " is not set");
		return value;
	}

	@Override
	Duration settleTimeout() {
		return Duration.ofMinutes(5);
	}

}
