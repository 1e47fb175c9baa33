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
		SimulatorStateFile stopping = stateFile(settings);
		SimulatedAgentCore before = new SimulatedAgentCore(settings, new FaultInjector(settings), stopping);
		JsonNode request = json.readTree("""
				{"name": "kept", "roleArn": "arn:aws:iam::123456789012:role/r", "protocolType": "MCP", "authorizerType": "NONE"}""");
		String id = before.createGateway(GatewayInputRules.create(request), request).gatewayId();
		stopping.flush();

		SimulatedAgentCore after = simulator(settings);
		assertThat(after.gateway(id).name()).isEqualTo("kept");
		assertThat(after.gateway(id).status()).isEqualTo("READY");
		JsonNode second = json.readTree("""
				{"name": "next", "roleArn": "arn:aws:iam::123456789012:role/r", "protocolType": "MCP", "authorizerType": "NONE"}""");
		assertThat(after.createGateway(GatewayInputRules.create(second), second).sequence())
			.as("ordering continues after a restart")
			.isGreaterThan(after.gateway(id).sequence());
	}

	/** A call does not wait for the file: a thread of its own writes the latest state, soon, and stopping writes it. */
	@Test
	void savesAreWrittenSoonAndOnStopping() {
		Path file = directory.resolve("state.json");
		SimulatorStateFile state = stateFile(settings(file));
		for (int i = 1; i <= 200; i++) {
			state.save(new SimulatorStateFile.State(java.util.List.of(), java.util.List.of(), i));
		}
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(file).exists());
		state.save(new SimulatorStateFile.State(java.util.List.of(), java.util.List.of(), 201));
		state.flush();
		assertThat(json.readTree(file.toFile()).get("sequence").asLong()).isEqualTo(201);
		state.save(new SimulatorStateFile.State(java.util.List.of(), java.util.List.of(), 202));
		assertThat(json.readTree(file.toFile()).get("sequence").asLong()).as("after stopping, a save is written at once")
			.isEqualTo(202);
	}

	@Test
	void unreadableStateIsSetAsideNotFatal() throws Exception {
		Path file = directory.resolve("state.json");
		Files.writeString(file, "{ not json");
		SimulatedAgentCore simulator = simulator(settings(file));
		assertThat(simulator.snapshot().gateways()).isEmpty();
		assertThat(directory.resolve("state.json.unreadable")).exists();
	}

	/** The state files made here: their writers stop (as the application's do) before the directory goes. */
	private final java.util.List<SimulatorStateFile> files = new java.util.ArrayList<>();

	@org.junit.jupiter.api.AfterEach
	void stop() {
		files.forEach(SimulatorStateFile::flush);
	}

	private SimulatedAgentCore simulator(SimulatorSettings settings) {
		return new SimulatedAgentCore(settings, new FaultInjector(settings), stateFile(settings));
	}

	private SimulatorStateFile stateFile(SimulatorSettings settings) {
		SimulatorStateFile file = new SimulatorStateFile(settings, json);
		files.add(file);
		return file;
	}

	private static SimulatorSettings settings(Path file) {
		return new SimulatorSettings("us-east-1", "123456789012", 1000, 100, file, 1L, java.util.List.of());
	}

}
