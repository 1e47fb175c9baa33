package dev.agentcore.controlplane.simulator;

import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * A CreateGateway or UpdateGateway request that passed AgentCore's rules.
 *
 * @param members the configuration members, everything but name, client token and tags
 */
record GatewayInput(String name, String clientToken, ObjectNode members, Map<String, String> tags) {

	String authorizerType() {
		return members.path("authorizerType").asString();
	}

}
