package dev.agentcore.controlplane.policy;

/**
 * What a team declares for a policy besides its name; stored as the aggregate's {@code spec}.
 *
 * @param description what the policy is for, for people
 * @param statement the Cedar statement (one static policy)
 * @param validationMode how strictly AgentCore checks it: FAIL_ON_ANY_FINDINGS (AgentCore's default) adds
 * its automated reasoning (overly permissive, overly restrictive, ineffective) to the schema checks
 */
public record PolicySpec(String description, String statement, ValidationMode validationMode) {

	public PolicySpec {
		validationMode = validationMode == null ? ValidationMode.FAIL_ON_ANY_FINDINGS : validationMode;
	}

	public enum ValidationMode {

		FAIL_ON_ANY_FINDINGS, IGNORE_ALL_FINDINGS

	}

}
