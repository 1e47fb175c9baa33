package dev.agentcore.controlplane.gatewaytarget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.agentcore.controlplane.resource.StatusView;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ApiGateway;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Lambda;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;

/**
 * A target as the API shows it: the declared spec (with the effective credentials), its
 * generation, and what provisioning reports.
 */
record TargetResponse(UUID id, UUID gatewayId, String team, String name, String description, TargetType type,
		SchemaSource openApi, SchemaSource smithy, Lambda lambda, McpServer mcpServer, ApiGateway apiGateway,
		Credentials credentials, int version, long generation, Instant createdAt, Instant updatedAt, String createdBy,
		StatusView status, AwsView aws) {

	static TargetResponse from(GatewayTarget target) {
		TargetSpec spec = target.spec();
		GatewayTarget.AwsTarget aws = target.aws();
		return new TargetResponse(target.id(), target.gatewayId(), target.team(), target.name(), spec.description(),
				target.type(), spec.openApi(), spec.smithy(), spec.lambda(), spec.mcpServer(), spec.apiGateway(),
				spec.credentials(), target.version(), target.generation(), target.createdAt(), target.updatedAt(),
				target.createdBy(), StatusView.from(target.status(), target.createdAt(), target.deletionRequested()), new AwsView(aws.targetId(), aws.status(),
						aws.statusReasons() == null ? List.of() : aws.statusReasons(), aws.lastSynchronizedAt()));
	}

	/**
	 * @param targetId AgentCore's id
	 * @param status AgentCore's status
	 * @param statusReasons AgentCore's reasons for a failed status
	 * @param lastSynchronizedAt last synchronization of an MCP server's tools
	 */
	record AwsView(String targetId, String status, List<String> statusReasons, Instant lastSynchronizedAt) {
	}

}
