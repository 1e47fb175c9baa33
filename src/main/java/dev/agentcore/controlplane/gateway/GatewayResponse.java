package dev.agentcore.controlplane.gateway;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.StatusView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.gateway.GatewayMembers.Interceptor;
import dev.agentcore.controlplane.gateway.GatewayMembers.PolicyEngine;
import dev.agentcore.controlplane.gateway.GatewaySpec.Authorizer;
import dev.agentcore.controlplane.gateway.GatewaySpec.ExceptionLevel;
import dev.agentcore.controlplane.gateway.GatewaySpec.Protocol;

/**
 * A gateway as the API shows it: the declared spec, its generation, and what provisioning reports.
 *
 * @param generation counts accepted spec changes
 * @param targetCount targets declared on the gateway
 * @param status the provisioner's account
 * @param aws what AWS holds
 * @param executionRole present when the control plane manages the role: its ARN, phase and last error (GET
 * .../permissions shows its policies)
 * @param resourcePolicy the gateway's resource-based policy as declared; null when the spec declares none
 * @param oauthReturnUrls the return URLs the gateway's workload identity allows, when the gateway declares them
 * @param placement the AWS account and region the gateway lives in; both null for the control plane's own
 */
record GatewayResponse(UUID id, String team, String name, String description, String roleArn, Authorizer authorizer,
		Protocol protocol, String kmsKeyArn, ExceptionLevel exceptionLevel, Map<String, String> tags,
		List<Interceptor> interceptors, PolicyEngine policyEngine, int version,
		long generation, Instant createdAt, Instant updatedAt, String createdBy, long targetCount, StatusView status,
		AwsView aws, ManagedExecutionRoles.View executionRole, @Schema(implementation = Map.class) JsonNode resourcePolicy,
		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) List<String> oauthReturnUrls,
		PlacementView placement) {

	static GatewayResponse from(Gateway gateway, Map<UUID, ManagedExecutionRoles.View> roles) {
		GatewaySpec spec = gateway.spec();
		AwsGateway aws = gateway.aws();
		return new GatewayResponse(gateway.id(), gateway.team(), gateway.name(), spec.description(), spec.roleArn(),
				spec.authorizer(), spec.protocol(), spec.kmsKeyArn(), spec.exceptionLevel(), spec.tags(),
				spec.interceptors(), spec.policyEngine(), gateway.version(), gateway.generation(), gateway.createdAt(), gateway.updatedAt(), gateway.createdBy(),
				gateway.targetCount(), StatusView.from(gateway.status(), gateway.createdAt(), gateway.deletionRequested()),
				new AwsView(aws.gatewayId(), aws.gatewayArn(), aws.gatewayUrl(), aws.status(),
						aws.statusReasons() == null ? List.of() : aws.statusReasons(), aws.workloadIdentityArn()),
				spec.executionRole() == null ? null
						: roles.getOrDefault(gateway.id(), new ManagedExecutionRoles.View(true, null, Phase.PENDING, null)),
				spec.resourcePolicy(), spec.oauthReturnUrls(),
				new PlacementView(gateway.placement().accountId(), gateway.placement().region()));
	}

	/**
	 * Where the gateway lives; both null for the control plane's own account and region.
	 *
	 * @param accountId the AWS account
	 * @param region the region
	 */
	@Schema(name = "GatewayPlacement")
	record PlacementView(String accountId, String region) {
	}

	/**
	 * @param gatewayId AgentCore's id
	 * @param gatewayArn its ARN
	 * @param gatewayUrl the MCP endpoint for agents
	 * @param status AgentCore's status
	 * @param statusReasons AgentCore's reasons for a failed status
	 * @param workloadIdentityArn the workload identity AgentCore made for the gateway, where it reports one
	 */
	@Schema(name = "AwsView")
	record AwsView(String gatewayId, String gatewayArn, String gatewayUrl, String status, List<String> statusReasons,
			String workloadIdentityArn) {
	}

}
