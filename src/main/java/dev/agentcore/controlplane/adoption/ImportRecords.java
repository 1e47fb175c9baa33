package dev.agentcore.controlplane.adoption;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.agentcore.controlplane.gateway.GatewayRequest;

/** Requests and answers of the account's inventory and of imports. */
final class ImportRecords {

	private ImportRecords() {
	}

	/**
	 * @param awsGatewayId the gateway's id in AWS (GET /api/v1/aws/gateways)
	 * @param team the team that will own it (a gateway tagged agentcore-control-plane:team is imported only for that
	 * team); the admin's own team when absent
	 * @param placement the account and region the gateway is in (GET /api/v1/aws/gateways?accountId=&amp;region=), which
	 * the imported gateway keeps; an account must allow the team there (403 PLACEMENT_NOT_ALLOWED). Absent: the
	 * control plane's own account and region
	 */
	@Schema(example = "{\"awsGatewayId\": \"payments-tools-a1b2c3d4e5\"}")
	record GatewayImport(@NotBlank @Size(max = 100) String awsGatewayId, @Size(min = 1, max = 100) String team,
			@Valid GatewayRequest.PlacementRequest placement) {
	}

	/** @param awsTargetId the target's id in AWS (10 characters) */
	@Schema(example = "{\"awsTargetId\": \"ABCDEFGHIJ\"}")
	record TargetImport(@NotBlank @Size(max = 100) String awsTargetId) {
	}

	/**
	 * A gateway of the AWS account, and whether a gateway of the control plane manages it.
	 *
	 * @param managedBy our gateway whose AWS gateway it is; null when none does (made elsewhere, or left behind)
	 * @param nameTakenBy our gateway with the same name that does not manage it (an import would conflict)
	 */
	record AwsGateway(String gatewayId, String name, String status, String authorizerType, String description,
			Instant updatedAt, boolean managed, Ours managedBy, Ours nameTakenBy) {
	}

	/** @param id our resource's id @param team its team @param name its name */
	record Ours(UUID id, String team, String name) {
	}

	/**
	 * What an import declared, and what it could not.
	 *
	 * @param id our gateway's id (GET /api/v1/gateways/{id})
	 * @param idpProfile the profile made of the JWT authorizer, or the identical one of the team reused
	 * @param targets the targets declared
	 * @param skippedTargets targets AWS holds that the API cannot declare exactly (they stay unmanaged)
	 * @param notExpressible what AWS holds that the specs cannot express, and what happens to it
	 */
	record GatewayImported(UUID id, String team, String name, String awsGatewayId, Profile idpProfile,
			List<TargetImported> targets, List<Skipped> skippedTargets, List<String> notExpressible, List<RuleImported> rules,
			List<Skipped> skippedRules) {
	}

	/** A rule of an imported gateway, declared with AgentCore's id. */
	record RuleImported(UUID id, int priority, String awsRuleId) {
	}

	/** @param reused whether an existing profile of the team had exactly these settings */
	record Profile(UUID id, String name, boolean reused) {
	}

	/** @param id our target's id @param awsTargetId its id in AWS */
	record TargetImported(UUID id, String name, String type, String awsTargetId, List<String> notExpressible) {
	}

	/** @param reason why the API cannot declare it */
	record Skipped(String awsTargetId, String name, String reason) {
	}

}
