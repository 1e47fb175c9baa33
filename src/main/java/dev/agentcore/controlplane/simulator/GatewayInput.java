package dev.agentcore.controlplane.simulator;

import tools.jackson.databind.JsonNode;

/** A CreateGateway or UpdateGateway request that passed AgentCore's rules. */
record GatewayInput(String name, String description, String roleArn, String protocolType,
		JsonNode protocolConfiguration, String authorizerType, JsonNode authorizerConfiguration, String kmsKeyArn,
		String exceptionLevel, String clientToken) {
}
