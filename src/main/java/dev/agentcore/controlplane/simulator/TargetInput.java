package dev.agentcore.controlplane.simulator;

import tools.jackson.databind.JsonNode;

/** A CreateGatewayTarget or UpdateGatewayTarget request that passed AgentCore's rules. */
record TargetInput(String name, String description, JsonNode targetConfiguration,
		JsonNode credentialProviderConfigurations, String clientToken) {
}
