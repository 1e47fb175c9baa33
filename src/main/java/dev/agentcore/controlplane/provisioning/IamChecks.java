package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the preflight asks IAM: a role's trust policy, who the control plane is, and the policy
 * simulator's decisions. Reads only.
 */
public interface IamChecks {

	/** The role's trust policy as JSON; empty when IAM has no role of that ARN's name. */
	Optional<String> trustPolicy(String roleArn);

	/** The control plane's own identity, and the region it provisions gateways in. */
	Caller caller();

	/** The simulator's decision for every action on every resource. */
	List<Decision> simulate(String principalArn, List<String> actions, List<String> resources,
			Map<String, List<String>> context);

	/**
	 * @param accountId the account of the control plane's credentials
	 * @param arn the identity STS reports (an assumed role's session, a user, root)
	 * @param principalArn the IAM role or user behind it, which the simulator can evaluate; null for root
	 * and identities IAM cannot simulate
	 * @param region the region gateways are created in
	 */
	record Caller(String accountId, String arn, String principalArn, String region) {
	}

	/**
	 * @param action the action simulated
	 * @param resource the resource
	 * @param allowed whether the policies allow it
	 * @param decision IAM's word: allowed, explicitDeny, implicitDeny
	 */
	record Decision(String action, String resource, boolean allowed, String decision) {
	}

}
