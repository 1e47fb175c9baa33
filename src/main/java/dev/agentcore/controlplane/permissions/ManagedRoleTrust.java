package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The trust policy of a managed role. Once AWS made the gateway, it admits exactly that gateway's
 * ARN ({@code ArnEquals}). Before, the role exists ahead of its gateway, so it admits the ARNs
 * AgentCore gives a gateway of that name in this account: {@code <lowercased name>-} and ten
 * characters ({@code ?} matches exactly one). The control plane keeps gateway names unique ignoring
 * case (migration V11), so no other gateway of ours matches; a gateway made outside it under the
 * same name in another case would (AgentCore lower-cases ids), hence the pin.
 */
final class ManagedRoleTrust {

	private ManagedRoleTrust() {
	}

	/** @param gatewayArn the gateway's ARN once AWS made it; null before */
	static Map<String, Object> document(String roleArn, String gatewayName, String gatewayArn) {
		Arn role = Arn.parse(roleArn);
		Map<String, Object> condition = new TreeMap<>();
		condition.put("StringEquals", Map.of("aws:SourceAccount", role.account()));
		if (gatewayArn != null) {
			condition.put("ArnEquals", Map.of("aws:SourceArn", gatewayArn));
		}
		else {
			condition.put("ArnLike", Map.of("aws:SourceArn", sourceArn(role, gatewayName)));
		}
		return new PolicyDocument().allow("AllowAgentCoreGatewayToAssumeRole", Map.of("Service", PermissionPlanner.SERVICE),
				List.of("sts:AssumeRole"), null, condition).json();
	}

	static String sourceArn(Arn role, String gatewayName) {
		return "arn:" + role.partition() + ":bedrock-agentcore:*:" + role.account() + ":gateway/"
				+ gatewayName.toLowerCase(Locale.ROOT) + "-" + "?".repeat(10);
	}

}
