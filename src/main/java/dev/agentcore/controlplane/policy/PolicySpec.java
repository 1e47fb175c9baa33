package dev.agentcore.controlplane.policy;

/**
 * What a team declares for a policy besides its name; stored as the aggregate's {@code spec}.
 *
 * @param description what the policy is for, for people
 * @param statement the Cedar statement (one static policy)
 * @param validationMode how strictly AgentCore checks it: FAIL_ON_ANY_FINDINGS (AgentCore's default) adds
 * its automated reasoning (overly permissive, overly restrictive, ineffective) to the schema checks
 * @param enforcementMode ACTIVE (the default) or LOG_ONLY: evaluated and logged without deciding, to see how a
 * policy would act before it does
 */
public record PolicySpec(String description, String statement, ValidationMode validationMode,
		EnforcementMode enforcementMode) {

	public PolicySpec {
		validationMode = validationMode == null ? ValidationMode.FAIL_ON_ANY_FINDINGS : validationMode;
		enforcementMode = enforcementMode == null ? EnforcementMode.ACTIVE : enforcementMode;
	}

	public PolicySpec(String description, String statement, ValidationMode validationMode) {
		this(description, statement, validationMode, null);
	}

	/** AgentCore's EnforcementMode: ACTIVE decides tool calls; LOG_ONLY is evaluated and logged, never decides. */
	public enum EnforcementMode {

		ACTIVE, LOG_ONLY

	}

	public enum ValidationMode {

		FAIL_ON_ANY_FINDINGS, IGNORE_ALL_FINDINGS

	}

}
