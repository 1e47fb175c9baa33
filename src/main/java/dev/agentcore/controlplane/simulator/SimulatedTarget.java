package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** A gateway target as the simulated account holds it; see {@link SimulatedGateway}. */
record SimulatedTarget(long sequence, String gatewayId, String targetId, String name, String description,
		JsonNode targetConfiguration, JsonNode credentialProviderConfigurations, String status,
		List<String> statusReasons, Instant createdAt, Instant updatedAt, Instant lastSynchronizedAt, Instant settlesAt,
		String clientToken, JsonNode createRequest) {

	boolean inTransition() {
		return settlesAt != null;
	}

	boolean isMcpServer() {
		return targetConfiguration.path("mcp").has("mcpServer");
	}

	SimulatedTarget withStatus(String newStatus, List<String> reasons, Instant at, Instant settles) {
		return new SimulatedTarget(sequence, gatewayId, targetId, name, description, targetConfiguration,
				credentialProviderConfigurations, newStatus, reasons, createdAt, at, lastSynchronizedAt, settles,
				clientToken, createRequest);
	}

	SimulatedTarget withSpec(TargetInput spec, Instant at, Instant settles) {
		return new SimulatedTarget(sequence, gatewayId, targetId, name, spec.description(), spec.targetConfiguration(),
				spec.credentialProviderConfigurations(), "UPDATING", List.of(), createdAt, at, lastSynchronizedAt,
				settles, clientToken, createRequest);
	}

	SimulatedTarget synchronizing(Instant at, Instant settles) {
		return new SimulatedTarget(sequence, gatewayId, targetId, name, description, targetConfiguration,
				credentialProviderConfigurations, "SYNCHRONIZING", List.of(), createdAt, at, at, settles, clientToken,
				createRequest);
	}

}
