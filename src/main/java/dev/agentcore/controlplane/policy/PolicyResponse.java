package dev.agentcore.controlplane.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.agentcore.controlplane.policy.PolicySpec.EnforcementMode;
import dev.agentcore.controlplane.policy.PolicySpec.ValidationMode;
import dev.agentcore.controlplane.resource.StatusView;

/**
 * A policy as the API shows it.
 *
 * @param warnings what validation could not check (tools only AgentCore knows, an engine attached to no
 * gateway); in the answers to POST and PUT, empty on reads
 * @param status the provisioner's account
 * @param aws what AWS holds
 */
record PolicyResponse(UUID id, UUID policyEngineId, String team, String name, String description, String statement,
		ValidationMode validationMode, EnforcementMode enforcementMode, int version, long generation, Instant createdAt, Instant updatedAt,
		String createdBy, List<String> warnings, StatusView status, AwsView aws) {

	static PolicyResponse from(Policy policy, List<String> warnings) {
		PolicySpec spec = policy.spec();
		Policy.AwsPolicy aws = policy.aws();
		return new PolicyResponse(policy.id(), policy.policyEngineId(), policy.team(), policy.name(), spec.description(),
				spec.statement(), spec.validationMode(), spec.enforcementMode(), policy.version(), policy.generation(), policy.createdAt(),
				policy.updatedAt(), policy.createdBy(), warnings,
				StatusView.from(policy.status(), policy.createdAt(), policy.deletionRequested()),
				new AwsView(aws.policyId(), aws.policyArn(), aws.status(),
						aws.statusReasons() == null ? List.of() : aws.statusReasons()));
	}

	/**
	 * @param policyId AgentCore's id
	 * @param policyArn its ARN
	 * @param status AgentCore's status (ACTIVE when ready)
	 * @param statusReasons AgentCore's reasons for a failed status, e.g. its validation findings
	 */
	@Schema(name = "PolicyAwsView")
	record AwsView(String policyId, String policyArn, String status, List<String> statusReasons) {
	}

}
