package dev.agentcore.controlplane.provisioning;

import java.util.Map;

/**
 * What AWS should hold for a policy engine.
 *
 * @param name the engine's name
 * @param description its description; null for none
 * @param encryptionKeyArn the customer-managed KMS key; null for AWS's own (CreatePolicyEngine only)
 * @param tags its tags (CreatePolicyEngine only)
 */
public record DesiredPolicyEngine(String name, String description, String encryptionKeyArn, Map<String, String> tags) {

	public DesiredPolicyEngine {
		tags = tags == null ? Map.of() : Map.copyOf(tags);
	}

	public DesiredPolicyEngine(String name, String description) {
		this(name, description, null, null);
	}

}
