package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Whether a principal may invoke an AWS_IAM gateway ({@code bedrock-agentcore:InvokeGateway}), as IAM decides
 * across its resource policy: an explicit Deny in the policy refuses anyone; a principal of the gateway's own account
 * is allowed (the simulator holds no identity policies for callers, so it assumes theirs allow); a principal of any
 * other account needs an Allow of the policy that names it (its ARN, its account, or {@code *}) for the action
 * (or {@code bedrock-agentcore:*}, {@code *}) and the gateway's ARN.
 */
final class GatewayInvokePolicy {

	static final String ACTION = "bedrock-agentcore:InvokeGateway";

	private GatewayInvokePolicy() {
	}

	/** Null when {@code caller} may invoke the gateway; otherwise AWS's reason. */
	static String refusal(String caller, String gatewayAccount, String gatewayArn, Optional<JsonNode> policy) {
		String callerAccount = SimulatedCallers.accountOf(caller);
		String decision = policy.map(document -> IamPolicyEvaluator.evaluate(caller, ACTION, gatewayArn,
				List.of(new IamPolicyEvaluator.Source("resource-policy", "resource", document, true)),
				Map.of("aws:PrincipalAccount", List.of(String.valueOf(callerAccount)), "aws:PrincipalArn", List.of(caller)))
			.decision()).orElse(IamPolicyEvaluator.IMPLICIT_DENY);
		if (IamPolicyEvaluator.EXPLICIT_DENY.equals(decision)) {
			return notAuthorized(caller, gatewayArn, "with an explicit deny in a resource-based policy");
		}
		if (gatewayAccount.equals(callerAccount) || IamPolicyEvaluator.ALLOWED.equals(decision)) {
			return null;
		}
		return notAuthorized(caller, gatewayArn, "because no resource-based policy allows the " + ACTION + " action");
	}

	private static String notAuthorized(String caller, String gatewayArn, String why) {
		return "User: " + caller + " is not authorized to perform: " + ACTION + " on resource: " + gatewayArn + " " + why;
	}

}
