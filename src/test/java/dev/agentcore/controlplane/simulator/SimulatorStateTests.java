package dev.agentcore.controlplane.simulator;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorStateTests {

	@TempDir
	Path directory;

	JsonMapper json = JsonMapper.builder().build();

	@Test
	void resourcesSurviveARestart() {
		SimulatorSettings settings = settings(directory.resolve("state.json"));
		SimulatedAgentCore before = simulator(settings);
		JsonNode request = json.readTree("""
				{"name": "kept", "roleArn": "arn:aws:iam::123456789012:role/r", "protocolType": "MCP", "authorizerType": "NONE"}""");
		String id = before.createGateway(GatewayInputRules.create(request), request).gatewayId();

		SimulatedAgentCore after = simulator(settings);
		assertThat(after.gateway(id).name()).isEqualTo("kept");
		assertThat(after.gateway(id).status()).isEqualTo("READY");
		JsonNode second = json.readTree("""
				{"name": "next", "roleArn": "arn:aws:iam::123456789012:role/r", "protocolType": "MCP", "authorizerType": "NONE"}""");
		assertThat(after.createGateway(GatewayInputRules.create(second), second).sequence())
			.as("ordering continues after a restart")
			.isGreaterThan(after.gateway(id).sequence());
	}

	@Test
	void unreadableStateIsSetAsideNotFatal() throws Exception {
		Path file = directory.resolve("state.json");
		Files.writeString(file, "{ not json");
		SimulatedAgentCore simulator = simulator(settings(file));
		assertThat(simulator.snapshot().gateways()).isEmpty();
		assertThat(directory.resolve("state.json.unreadable")).exists();
	}

	private SimulatedAgentCore simulator(SimulatorSettings settings) {
		return new SimulatedAgentCore(settings, new FaultInjector(settings), new SimulatorStateFile(settings, json));
	}

	private static SimulatorSettings settings(Path file) {
		return new SimulatorSettings("us-east-1", "123456789012", 1000, 100, file, 1L, java.util.List.of());
	}

}
