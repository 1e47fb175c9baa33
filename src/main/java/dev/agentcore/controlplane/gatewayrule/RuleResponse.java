package dev.agentcore.controlplane.gatewayrule;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.agentcore.controlplane.resource.StatusView;

/**
 * A gateway rule as the API shows it: its spec's members, the provisioner's account and what AWS holds.
 *
 * @param status the provisioner's account
 * @param aws what AWS holds
 */
record RuleResponse(UUID id, UUID gatewayId, String team, Integer priority, String description,
		RuleSpec.Conditions conditions, RuleSpec.Route route, RuleSpec.Bundle configurationBundle, int version,
		long generation, Instant createdAt, Instant updatedAt, String createdBy, StatusView status, AwsView aws) {

	static RuleResponse from(GatewayRule rule) {
		RuleSpec spec = rule.spec();
		return new RuleResponse(rule.id(), rule.gatewayId(), rule.team(), spec.priority(), spec.description(),
				spec.conditions(), spec.route(), spec.configurationBundle(), rule.version(), rule.generation(),
				rule.createdAt(), rule.updatedAt(), rule.createdBy(),
				StatusView.from(rule.status(), rule.createdAt(), rule.deletionRequested()),
				new AwsView(rule.aws().ruleId(), rule.aws().status()));
	}

	/**
	 * @param ruleId AgentCore's id of the rule
	 * @param status AgentCore's status (ACTIVE when ready)
	 */
	@Schema(name = "GatewayRuleAwsView")
	record AwsView(String ruleId, String status) {
	}

}
