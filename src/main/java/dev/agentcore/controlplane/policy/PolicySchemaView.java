package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.agentcore.controlplane.cedar.CedarSchema;

/**
 * The Cedar schema AgentCore Policy generates for a gateway, so authors write against it.
 *
 * @param gatewayId the gateway
 * @param principal the principal type: AgentCore::OAuthUser (JWT) or AgentCore::IamEntity (AWS_IAM)
 * @param resource the resource a statement names this gateway by; null until the gateway is in AWS
 * @param actions the tool actions, {@code <target>___<tool>}, each in CallTool, in Mcp
 * @param opaqueTargets targets whose tools only AgentCore knows, so they are not in this schema
 * @param notes input properties Cedar cannot type, and similar
 * @param json the schema in Cedar's JSON schema format
 * @param cedar the schema in Cedar's human-readable format
 */
record PolicySchemaView(UUID gatewayId, String principal, String resource, List<String> actions,
		List<String> opaqueTargets, List<String> notes, Map<String, Object> json, String cedar) {

	static PolicySchemaView of(UUID gatewayId, String gatewayArn, CedarSchema schema) {
		return new PolicySchemaView(gatewayId, schema.principals().iterator().next().qualified(),
				gatewayArn == null ? null : CedarSchema.GATEWAY + "::\"" + gatewayArn + "\"",
				schema.tools().keySet().stream().sorted().toList(), List.copyOf(schema.opaqueTargets()), schema.notes(),
				schema.document(), schema.text());
	}

}
