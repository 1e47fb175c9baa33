package dev.agentcore.controlplane.policy;

/**
 * What a team declares for a policy engine besides its name; stored as the aggregate's {@code spec}.
 *
 * @param description what the engine governs, for people
 */
public record PolicyEngineSpec(String description) {
}
