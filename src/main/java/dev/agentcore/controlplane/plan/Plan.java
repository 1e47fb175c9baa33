package dev.agentcore.controlplane.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.agentcore.controlplane.provisioning.ProvisioningForecast.PlannedCall;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * What a change would do, without doing it.
 *
 * @param resourceType GATEWAY or TARGET
 * @param action CREATE, UPDATE, NONE (the spec is the same) or REFUSED (the request would get a problem)
 * @param accepted whether the real request would be accepted
 * @param problem the problem the real request would get; null when accepted
 * @param changes every field that would change, with its old and new value
 * @param replacement whether a change needs a new resource in AWS (the control plane refuses those)
 * @param endpoint what the change means for the URL agents use and the tool names they see
 * @param awsCalls the calls that change AWS, in the provisioner's order; reads are not listed
 * @param preflight whether the preflight (GetRole, SimulatePrincipalPolicy) runs before them
 * @param permissions the IAM grants the execution role and the control plane would gain and lose
 * (GET .../permissions before and after); null when the request is refused
 * @param notes what else to know
 */
record Plan(String resourceType, Action action, boolean accepted, Refusal problem, List<FieldChange> changes,
		boolean replacement, String endpoint, List<PlannedCall> awsCalls, boolean preflight, PermissionChanges permissions,
		List<String> notes) {

	enum Action {

		CREATE, UPDATE, NONE, REFUSED

	}

	/**
	 * @param status the HTTP status the request would get
	 * @param code the problem's code
	 * @param detail what is wrong
	 * @param errors for VALIDATION_FAILED and rules: every field and what to fix
	 */
	record Refusal(int status, String code, String detail, List<FieldError> errors) {
	}

	/**
	 * @param field the member's path, e.g. protocol.instructions
	 * @param old its value now; null when absent or for a new resource
	 * @param next its value after the change
	 * @param applied IN_PLACE (AgentCore updates it) or REPLACEMENT (only a new resource could have it)
	 */
	record FieldChange(String field, Object old, @JsonProperty("new") Object next, String applied) {
	}

	/**
	 * @param executionRole the execution role's permissions policy
	 * @param trustPolicy the execution role's trust policy
	 * @param callerPolicy the policy of the identity that provisions (the control plane)
	 */
	record PermissionChanges(GrantChanges executionRole, GrantChanges trustPolicy, GrantChanges callerPolicy) {
	}

	record GrantChanges(List<Grant> gained, List<Grant> lost) {
	}

	/**
	 * One action on one resource (or, in a trust policy, for one principal), as a statement grants it.
	 *
	 * @param sid the statement
	 * @param effect Allow or Deny
	 * @param principal who (trust policies)
	 * @param action the action
	 * @param resource the resource
	 * @param condition the statement's conditions
	 */
	record Grant(String sid, String effect, Object principal, String action, String resource, Object condition) {
	}

}
