package dev.agentcore.controlplane.simulator;

import tools.jackson.databind.node.ObjectNode;

/**
 * A CreateGatewayTarget or UpdateGatewayTarget request that passed AgentCore's rules.
 *
 * @param members the configuration members, everything but name and client token
 * @param kind the target's kind, by its configuration member: openApiSchema, lambda, agentcoreRuntime, ...
 */
record TargetInput(String name, String clientToken, ObjectNode members, String kind) {

	/** The credential type, NONE when the request has none. */
	String credentialType() {
		return members.at("/credentialProviderConfigurations/0/credentialProviderType").asString("NONE");
	}

}
