package dev.agentcore.controlplane.gatewaytarget;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.AgentcoreRuntime;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ApiGateway;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Lambda;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Metadata;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ProvisioningError;
import dev.agentcore.controlplane.resource.StatusView;

/**
 * A target as the API shows it: the declared spec (with the effective credentials), its
 * generation, and what provisioning reports.
 */
record TargetResponse(UUID id, UUID gatewayId, String team, String name, String description, TargetType type,
		SchemaSource openApi, SchemaSource smithy, Lambda lambda, McpServer mcpServer, ApiGateway apiGateway,
		AgentcoreRuntime agentcoreRuntime, Credentials credentials, Metadata metadata,
		@JsonInclude(JsonInclude.Include.NON_NULL) PrivateEndpoint privateEndpoint,
		@JsonInclude(JsonInclude.Include.NON_NULL) SynchronizationSchedule synchronization, int version, long generation,
		Instant createdAt, Instant updatedAt, String createdBy, TargetStatusView status, AwsView aws) {

	static TargetResponse from(GatewayTarget target) {
		TargetSpec spec = target.spec();
		AwsTarget aws = target.aws();
		StatusView status = StatusView.from(target.status(), target.createdAt(), target.deletionRequested());
		return new TargetResponse(target.id(), target.gatewayId(), target.team(), target.name(), spec.description(),
				target.type(), spec.openApi(), spec.smithy(), spec.lambda(), spec.mcpServer() == null ? null : spec.mcpServer().redacted(), spec.apiGateway(),
				spec.agentcoreRuntime(), spec.credentials(), spec.metadata(), spec.privateEndpoint(), spec.synchronization(), target.version(), target.generation(),
				target.createdAt(), target.updatedAt(), target.createdBy(),
				new TargetStatusView(status.phase(), status.observedGeneration(), status.message(), status.lastError(),
						status.attempts(), status.nextAttemptAt(), status.lastTransitionAt(),
						status.phase() == Phase.AWAITING_CONSENT ? aws.authorizationUrl() : null),
				new AwsView(aws.targetId(), aws.status(), aws.statusReasons() == null ? List.of() : aws.statusReasons(),
						aws.lastSynchronizedAt(), aws.managedResources(), ToolsView.from(aws.tools())));
	}

	/**
	 * The status block of a target: the one every resource has, and where consent is given.
	 *
	 * @param phase PENDING, CREATING, UPDATING, AWAITING_CONSENT, READY, FAILED or DELETING
	 * @param observedGeneration the generation last applied to AWS
	 * @param message what is happening or what went wrong
	 * @param lastError the last error, if any
	 * @param attempts attempts since the last success
	 * @param nextAttemptAt when the provisioner retries
	 * @param lastTransitionAt when the phase last changed
	 * @param authorizationUrl AWAITING_CONSENT: the URL a person opens to give the OAuth consent AgentCore waits for
	 */
	record TargetStatusView(Phase phase, long observedGeneration, String message, ProvisioningError lastError,
			int attempts, Instant nextAttemptAt, Instant lastTransitionAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) String authorizationUrl) {
	}

	/**
	 * @param targetId AgentCore's id
	 * @param status AgentCore's status
	 * @param statusReasons AgentCore's reasons for a failed status
	 * @param lastSynchronizedAt last synchronization of an MCP server's tools
	 * @param privateEndpointManagedResources the VPC Lattice resources AgentCore manages for the private endpoint
	 * @param tools MCP server targets: the tools the gateway serves for the target, as the control plane listed them
	 * after AgentCore's last synchronization, or why they are unknown; absent for other targets and until listed
	 */
	@Schema(name = "TargetAwsView")
	record AwsView(String targetId, String status, List<String> statusReasons, Instant lastSynchronizedAt,
			List<PrivateEndpoint.ManagedResource> privateEndpointManagedResources,
			@JsonInclude(JsonInclude.Include.NON_NULL) ToolsView tools) {
	}

	/**
	 * The tools of an MCP server target. AgentCore's GetGatewayTarget has no tool list: the control plane lists the
	 * gateway's tools over MCP (tools/list) as an agent does, and keeps those named {@code <target>___}.
	 *
	 * @param listedAt when the control plane listed them, or tried to
	 * @param items the tools agents see, named {@code <target>___<tool>}; absent when unknown
	 * @param unknownReason why the control plane could not list them (a CUSTOM_JWT gateway needs a user's token:
	 * probe it with one); absent when listed
	 */
	@Schema(name = "TargetTools", example = "{\"listedAt\": \"2026-12-07T18:00:00Z\", \"items\": [{\"name\": "
			+ "\"tickets___list_tickets\", \"description\": \"Open tickets\"}, {\"name\": \"tickets___close_ticket\", "
			+ "\"description\": \"Closes a ticket\"}]}")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ToolsView(Instant listedAt, List<ListedTools.Tool> items, String unknownReason) {

		static ToolsView from(ListedTools tools) {
			return tools == null ? null : new ToolsView(tools.listedAt(), tools.items(), tools.unknownReason());
		}

	}

}
