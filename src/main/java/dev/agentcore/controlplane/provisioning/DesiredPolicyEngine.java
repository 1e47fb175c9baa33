package dev.agentcore.controlplane.provisioning;

/**
 * What AWS should hold for a policy engine.
 *
 * @param name the engine's name
 * @param description its description; null for none
 */
public record DesiredPolicyEngine(String name, String description) {
}
