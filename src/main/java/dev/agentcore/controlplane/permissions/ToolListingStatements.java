package dev.agentcore.controlplane.permissions;

import java.util.List;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewaytarget.TargetType;

/**
 * AgentCore's GetGatewayTarget has no tool list: after a synchronization the control plane lists an MCP server
 * target's tools on the gateway itself, as an agent would. An AWS_IAM gateway takes a SigV4 signature for that, so
 * the control plane's identity needs bedrock-agentcore:InvokeGateway on it.
 */
final class ToolListingStatements {

	private ToolListingStatements() {
	}

	static void listMcpServerTools(PolicyDocument caller, GatewaySpec spec, List<PermissionPlanner.PlannedTarget> targets,
			String gateway, List<String> notes) {
		boolean synchronizedTools = targets.stream()
			.anyMatch(target -> target.type() == TargetType.MCP_SERVER && target.spec() != null
					&& target.spec().mcpServer() != null && target.spec().mcpServer().toolSchema() == null);
		if (spec.authorizer() == null || spec.authorizer().type() != GatewaySpec.AuthorizerType.AWS_IAM || !synchronizedTools) {
			return;
		}
		caller.allow("ListMcpServerTools", List.of("bedrock-agentcore:InvokeGateway"), List.of(gateway));
		notes.add("ListMcpServerTools: the control plane lists the MCP server targets' tools on this AWS_IAM gateway after "
				+ "each synchronization (tools/list, signed with its own identity), since GetGatewayTarget does not return them.");
	}

}
