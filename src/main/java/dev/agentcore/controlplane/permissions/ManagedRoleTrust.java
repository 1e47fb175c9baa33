package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trust policy of a managed role. The role exists before its gateway, so instead of the
 * gateway's ARN it admits the ARNs AgentCore gives a gateway of that name in this account:
 * {@code <lowercased name>-} and ten characters ({@code ?} matches exactly one). The control plane
 * keeps gateway names unique ignoring case (migration V11), so no other gateway of ours matches; a
 * gateway made outside it under the same name in another case would (AgentCore lower-cases ids).
 */
final class ManagedRoleTrust {

	private ManagedRoleTrust() {
	}

	static Map<String, Object> document(String roleArn, String gatewayName) {
		Arn role = Arn.parse(roleArn);
		Map<String, Object> condition = new TreeMap<>();
		condition.put("StringEquals", Map.of("aws:SourceAccount", role.account()));
		condition.put("ArnLike", Map.of("aws:SourceArn", sourceArn(role, gatewayName)));
		return new PolicyDocument().allow("AllowAgentCoreGatewayToAssumeRole", Map.of("Service", PermissionPlanner.SERVICE),
				List.of("sts:AssumeRole"), null, condition).json();
	}

	static String sourceArn(Arn role, String gatewayName) {
		return "arn:" + role.partition() + ":bedrock-agentcore:*:" + role.account() + ":gateway/"
				+ gatewayName.toLowerCase(Locale.ROOT) + "-" + "?".repeat(10);
	}

}
