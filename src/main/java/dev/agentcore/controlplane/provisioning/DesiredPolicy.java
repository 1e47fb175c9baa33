package dev.agentcore.controlplane.provisioning;

/**
 * What AWS should hold for a policy.
 *
 * @param name the policy's name
 * @param description its description; null for none
 * @param statement the Cedar statement
 * @param validationMode FAIL_ON_ANY_FINDINGS or IGNORE_ALL_FINDINGS
 * @param enforcementMode ACTIVE or LOG_ONLY
 */
public record DesiredPolicy(String name, String description, String statement, String validationMode,
		String enforcementMode) {
}
