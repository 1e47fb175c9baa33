package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Map;

/**
 * The policies a gateway needs.
 *
 * @param executionRole what the gateway's role must trust and be allowed
 * @param callerPolicy for the identity that runs this control plane (or provisions gateways by hand)
 * @param lambdaResourcePolicies one entry per Lambda function; cross-account ones need the policy shown
 * @param notes what the planner cannot decide for you
 */
public record PermissionPlan(ExecutionRole executionRole, Map<String, Object> callerPolicy,
		List<LambdaResourcePolicy> lambdaResourcePolicies, List<String> notes) {

	/**
	 * @param roleArn the gateway's execution role
	 * @param trustPolicy lets AgentCore assume it, for this account's gateways only
	 * @param permissionsPolicy exactly what the targets need
	 */
	public record ExecutionRole(String roleArn, Map<String, Object> trustPolicy, Map<String, Object> permissionsPolicy) {
	}

	/**
	 * @param functionArn the function
	 * @param crossAccount whether it is in another account than the role
	 * @param policy the resource-based policy statement to add (cross-account only)
	 * @param cli the same as an {@code aws lambda add-permission} command line for a POSIX shell, every
	 * value quoted where needed (cross-account only)
	 * @param argv the same command as separate arguments, for running it without a shell (cross-account only)
	 */
	public record LambdaResourcePolicy(String functionArn, boolean crossAccount, Map<String, Object> policy, String cli,
			List<String> argv) {
	}

}
