package dev.agentcore.controlplane.target;

import dev.agentcore.controlplane.target.TargetBlocks.ApiGateway;
import dev.agentcore.controlplane.target.TargetBlocks.Lambda;
import dev.agentcore.controlplane.target.TargetBlocks.McpServer;
import dev.agentcore.controlplane.target.TargetBlocks.SchemaSource;

/**
 * What a team declares for a target besides its name and type: exactly the block of its type,
 * and the credentials (the type's default when none were given).
 */
public record TargetSpec(String description, SchemaSource openApi, SchemaSource smithy, Lambda lambda,
		McpServer mcpServer, ApiGateway apiGateway, Credentials credentials) {
}
