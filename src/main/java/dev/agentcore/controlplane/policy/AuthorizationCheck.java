package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Map;

/**
 * The answer to a what-if check, evaluated locally with Cedar as the gateway would build the request.
 *
 * @param decision ALLOW or DENY (Cedar denies unless a permit applies and no forbid does)
 * @param enforced whether the gateway enforces the decision (its engine's mode is ENFORCE); in LOG_ONLY
 * the call goes through whatever the decision
 * @param determiningPolicies the policies that decided: the permits behind an ALLOW, the forbids behind a
 * DENY; empty for a default deny
 * @param errors why a policy could not be evaluated (it is then skipped, as Cedar does), or why the call
 * would not reach the policies at all
 * @param notes what the check left out or assumed
 * @param request the Cedar request: principal, its tags, action, resource and context.input
 */
record AuthorizationCheck(Decision decision, boolean enforced, List<DeterminingPolicy> determiningPolicies,
		List<String> errors, List<String> notes, EvaluatedRequest request) {

	enum Decision {

		ALLOW, DENY

	}

	/**
	 * @param id the policy's id, or {@code policies[i]} for a proposed statement
	 * @param name the policy's name; null for proposed statements
	 */
	record DeterminingPolicy(String id, String name) {
	}

	/**
	 * @param principal e.g. AgentCore::OAuthUser::"agent-7"
	 * @param tags the principal's tags, every claim as a string
	 * @param action e.g. AgentCore::Action::"orders___list_orders"
	 * @param resource the gateway by ARN
	 * @param input what context.input holds
	 */
	record EvaluatedRequest(String principal, Map<String, String> tags, String action, String resource,
			Map<String, Object> input) {
	}

}
