package dev.agentcore.controlplane.simulator;

import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A gateway rule as the simulated account holds it: the members of its last CreateGatewayRule or
 * UpdateGatewayRule (priority, description, conditions, actions, as sent and checked against the model).
 */
record SimulatedRule(long sequence, String gatewayId, String ruleId, ObjectNode members, String status,
		Instant createdAt, Instant updatedAt, Instant settlesAt, String clientToken, JsonNode createRequest) {

	static final SimulatedShape<SimulatedRule> SHAPE = new SimulatedShape<>(SimulatedRule::ruleId,
			SimulatedRule::sequence, SimulatedRule::clientToken, SimulatedRule::createRequest, SimulatedRule::settlesAt,
			(rule, faults) -> rule.status().equals("DELETING") ? null : rule.with(rule.members(), "ACTIVE", null));

	boolean inTransition() {
		return settlesAt != null;
	}

	int priority() {
		return members.path("priority").asInt();
	}

	SimulatedRule with(ObjectNode newMembers, String newStatus, Instant settles) {
		return new SimulatedRule(sequence, gatewayId, ruleId, newMembers, newStatus, createdAt, Instant.now(), settles,
				clientToken, createRequest);
	}

	ObjectNode wire(String region, String account) {
		ObjectNode node = members.deepCopy();
		node.put("ruleId", ruleId).put("gatewayArn", WireFormat.gatewayArn(gatewayId, region, account)).put("status", status)
			.put("createdAt", WireFormat.dateTime(createdAt)).put("updatedAt", WireFormat.dateTime(updatedAt));
		return node;
	}

}
