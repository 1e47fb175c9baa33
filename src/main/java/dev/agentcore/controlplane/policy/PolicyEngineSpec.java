package dev.agentcore.controlplane.policy;

import java.util.Map;

/**
 * What a team declares for a policy engine besides its name; stored as the aggregate's {@code spec}.
 *
 * @param description what the engine governs, for people
 * @param encryptionKeyArn the customer-managed KMS key AgentCore encrypts the engine with; null for AWS's own key.
 * AgentCore takes it only when it creates the engine
 * @param tags the engine's AWS tags, given to AgentCore when it creates the engine
 */
public record PolicyEngineSpec(String description, String encryptionKeyArn, Map<String, String> tags) {

	public PolicyEngineSpec {
		tags = tags == null ? Map.of() : Map.copyOf(tags);
	}

	public PolicyEngineSpec(String description) {
		this(description, null, null);
	}

	/** The member AWS cannot change on an existing engine that differs in {@code next}, or null. */
	String createOnlyChange(PolicyEngineSpec next) {
		if (!java.util.Objects.equals(encryptionKeyArn, next.encryptionKeyArn())) {
			return "encryptionKeyArn";
		}
		return tags.equals(next.tags()) ? null : "tags";
	}

}
