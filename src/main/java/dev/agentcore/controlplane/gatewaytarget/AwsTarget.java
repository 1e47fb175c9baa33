package dev.agentcore.controlplane.gatewaytarget;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.ReadOnlyProperty;

import dev.agentcore.controlplane.network.PrivateEndpoint;

/**
 * What AWS holds for the target: AgentCore's 10-character id, status and its reasons, when the tools were last
 * synchronized (MCP servers), where a person gives the OAuth consent AgentCore waits for (*_PENDING_AUTH), and the
 * VPC Lattice resources AgentCore manages for its private endpoint, and the tools the gateway serves for an MCP server
 * target as the control plane last listed them.
 */
public record AwsTarget(@ReadOnlyProperty String targetId, @ReadOnlyProperty String status,
		@ReadOnlyProperty List<String> statusReasons, @ReadOnlyProperty Instant lastSynchronizedAt,
		@ReadOnlyProperty String authorizationUrl,
		@ReadOnlyProperty PrivateEndpoint.ManagedResources privateEndpointResources, @ReadOnlyProperty ListedTools tools) {

	static final AwsTarget NONE = new AwsTarget(null, null, List.of(), null, null, null, null);

	/** When AgentCore waits for no consent. */
	public AwsTarget(String targetId, String status, List<String> statusReasons, Instant lastSynchronizedAt) {
		this(targetId, status, statusReasons, lastSynchronizedAt, null, null, null);
	}

	/** Before AgentCore reports private endpoint resources. */
	public AwsTarget(String targetId, String status, List<String> statusReasons, Instant lastSynchronizedAt,
			String authorizationUrl) {
		this(targetId, status, statusReasons, lastSynchronizedAt, authorizationUrl, null, null);
	}

	/** The managed resources of the private endpoint; empty when AgentCore manages none. */
	public List<PrivateEndpoint.ManagedResource> managedResources() {
		return privateEndpointResources == null ? List.of() : privateEndpointResources.items();
	}

}
