package dev.agentcore.controlplane.simulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * The contract suite against real AWS, to check the simulator's fidelity. Opt in with
 * {@code AGENTCORE_CONTRACT_REAL_AWS=true}, credentials and region from the default chains, and
 * {@code AGENTCORE_CONTRACT_ROLE_ARN} naming a role that trusts bedrock-agentcore.amazonaws.com.
 * It creates and deletes real gateways named {@code Contract-*}, {@code Targets-*} and so on.
 */
@EnabledIfEnvironmentVariable(named = "AGENTCORE_CONTRACT_REAL_AWS", matches = "true")
class RealAwsContractIntegrationTests extends AgentCoreContract {

	static BedrockAgentCoreControlClient client;

	@BeforeAll
	static void connect() {
		client = BedrockAgentCoreControlClient.create();
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
	Duration settleTimeout() {
		return Duration.ofMinutes(5);
	}

}
