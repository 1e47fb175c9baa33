package dev.agentcore.controlplane.gatewaytarget;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.AgentcoreRuntime;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ApiGateway;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Lambda;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Metadata;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;

/**
 * What a team declares for a target besides its name and type: exactly the block of its type,
 * the credentials (the type's default when none were given), the metadata it passes through, how AgentCore
 * reaches a private backend, and how often an MCP server's tools are synchronized.
 */
public record TargetSpec(String description, SchemaSource openApi, SchemaSource smithy, Lambda lambda,
		McpServer mcpServer, ApiGateway apiGateway, AgentcoreRuntime agentcoreRuntime, Credentials credentials,
		Metadata metadata, @JsonInclude(JsonInclude.Include.NON_NULL) PrivateEndpoint privateEndpoint,
		@JsonInclude(JsonInclude.Include.NON_NULL) SynchronizationSchedule synchronization) {

	/** A spec without a synchronization schedule. */
	public TargetSpec(String description, SchemaSource openApi, SchemaSource smithy, Lambda lambda, McpServer mcpServer,
			ApiGateway apiGateway, AgentcoreRuntime agentcoreRuntime, Credentials credentials, Metadata metadata,
			PrivateEndpoint privateEndpoint) {
		this(description, openApi, smithy, lambda, mcpServer, apiGateway, agentcoreRuntime, credentials, metadata,
				privateEndpoint, null);
	}

	/** A spec without a private endpoint. */
	public TargetSpec(String description, SchemaSource openApi, SchemaSource smithy, Lambda lambda, McpServer mcpServer,
			ApiGateway apiGateway, AgentcoreRuntime agentcoreRuntime, Credentials credentials, Metadata metadata) {
		this(description, openApi, smithy, lambda, mcpServer, apiGateway, agentcoreRuntime, credentials, metadata, null);
	}

	public TargetSpec(String description, SchemaSource openApi, SchemaSource smithy, Lambda lambda, McpServer mcpServer,
			ApiGateway apiGateway, Credentials credentials) {
		this(description, openApi, smithy, lambda, mcpServer, apiGateway, null, credentials, null);
	}

	/** The same spec with other credentials (a provider named by id, resolved to its ARN). */
	public TargetSpec withCredentials(Credentials other) {
		return new TargetSpec(description, openApi, smithy, lambda, mcpServer, apiGateway, agentcoreRuntime, other, metadata,
				privateEndpoint, synchronization);
	}

	/** This spec, its MCP server's endpoint kept from {@code current} where it sends the masked form back. */
	TargetSpec keepingMaskedEndpointOf(TargetSpec current) {
		return mcpServer == null ? this : withMcpServer(mcpServer.keepingMaskedEndpointOf(current.mcpServer()));
	}

	/** The same spec with another MCP server block. */
	TargetSpec withMcpServer(McpServer server) {
		return new TargetSpec(description, openApi, smithy, lambda, server, apiGateway, agentcoreRuntime, credentials,
				metadata, privateEndpoint, synchronization);
	}

}
