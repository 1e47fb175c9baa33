package dev.agentcore.controlplane.agentaccess;

import java.time.Instant;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gatewaytarget.ListedTools;

/**
 * The provisioner's port to the tools a gateway serves for one of its MCP server targets: AgentCore's
 * GetGatewayTarget has no tool list, so they are listed over MCP as an agent would, on the gateway's URL.
 */
public interface TargetToolLister {

	/**
	 * The tools {@code gateway} serves for its target {@code targetName} (those named {@code <targetName>___}), or why
	 * the control plane cannot list them; {@code synchronizedAt} is AgentCore's lastSynchronizedAt they belong to.
	 */
	ListedTools toolsOf(Gateway gateway, String targetName, Instant synchronizedAt);

}
