package dev.agentcore.controlplane.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.agentcore.controlplane.resource.StatusView;

/**
 * A policy engine as the API shows it.
 *
 * @param encryptionKeyArn the customer-managed KMS key the engine is encrypted with; null for AWS's own
 * @param tags the engine's AWS tags
 * @param generation counts accepted spec changes
 * @param policyCount policies declared in the engine
 * @param gatewayIds the gateways the engine is attached to
 * @param status the provisioner's account
 * @param aws what AWS holds
 * @param placement where the engine lives; both members null for the control plane's own account and region
 */
record PolicyEngineResponse(UUID id, String team, String name, String description, String encryptionKeyArn,
		Map<String, String> tags, int version, long generation,
		Instant createdAt, Instant updatedAt, String createdBy, int policyCount, List<UUID> gatewayIds, StatusView status,
		AwsView aws, PlacementView placement) {

	static PolicyEngineResponse from(PolicyEngine engine, List<UUID> gatewayIds) {
		PolicyEngine.AwsPolicyEngine aws = engine.aws();
		return new PolicyEngineResponse(engine.id(), engine.team(), engine.name(), engine.spec().description(),
				engine.spec().encryptionKeyArn(), engine.spec().tags(), engine.version(), engine.generation(), engine.createdAt(), engine.updatedAt(), engine.createdBy(),
				engine.policyCount(), gatewayIds,
				StatusView.from(engine.status(), engine.createdAt(), engine.deletionRequested()),
				new AwsView(aws.policyEngineId(), aws.policyEngineArn(), aws.status(),
						aws.statusReasons() == null ? List.of() : aws.statusReasons()),
				new PlacementView(engine.placement().accountId(), engine.placement().region()));
	}

	/**
	 * Where the engine lives; both null for the control plane's own account and region.
	 *
	 * @param accountId the AWS account
	 * @param region the region
	 */
	@Schema(name = "PolicyEnginePlacement")
	record PlacementView(String accountId, String region) {
	}

	/**
	 * @param policyEngineId AgentCore's id
	 * @param policyEngineArn its ARN, what a gateway attaches
	 * @param status AgentCore's status (ACTIVE when ready)
	 * @param statusReasons AgentCore's reasons for a failed status
	 */
	@Schema(name = "PolicyEngineAwsView")
	record AwsView(String policyEngineId, String policyEngineArn, String status, List<String> statusReasons) {
	}

}
