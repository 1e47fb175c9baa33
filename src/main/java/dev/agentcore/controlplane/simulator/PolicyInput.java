package dev.agentcore.controlplane.simulator;

/** A CreatePolicy or UpdatePolicy request that passed AgentCore's input rules. */
record PolicyInput(String name, String description, String statement, String validationMode, String clientToken,
		String enforcementMode) {
}
