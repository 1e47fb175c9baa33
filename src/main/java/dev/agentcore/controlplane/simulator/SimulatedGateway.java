package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A gateway as the simulated account holds it: its name, the configuration members of its last
 * CreateGateway or UpdateGateway (as sent, checked against the model), and its tags.
 * {@code settlesAt} is when the current transition (CREATING, UPDATING, DELETING) completes;
 * {@code createRequest} answers repeated client tokens.
 */
record SimulatedGateway(long sequence, String gatewayId, String name, ObjectNode members, Map<String, String> tags,
		String status, List<String> statusReasons, Instant createdAt, Instant updatedAt, Instant settlesAt,
		String clientToken, JsonNode createRequest) {

	SimulatedGateway {
		tags = tags == null ? Map.of() : Map.copyOf(tags);
	}

	boolean inTransition() {
		return settlesAt != null;
	}

	String authorizerType() {
		return members.path("authorizerType").asString();
	}

	JsonNode authorizerConfiguration() {
		return members.get("authorizerConfiguration");
	}

	JsonNode protocolConfiguration() {
		return members.get("protocolConfiguration");
	}

	String description() {
		return members.path("description").asString(null);
	}

	SimulatedGateway withStatus(String newStatus, List<String> reasons, Instant at, Instant settles) {
		return new SimulatedGateway(sequence, gatewayId, name, members, tags, newStatus, reasons, createdAt, at, settles,
				clientToken, createRequest);
	}

	SimulatedGateway withMembers(ObjectNode newMembers, Instant at, Instant settles) {
		return new SimulatedGateway(sequence, gatewayId, name, newMembers, tags, "UPDATING", List.of(), createdAt, at,
				settles, clientToken, createRequest);
	}

	SimulatedGateway withTags(Map<String, String> newTags) {
		return new SimulatedGateway(sequence, gatewayId, name, members, newTags, status, statusReasons, createdAt,
				updatedAt, settlesAt, clientToken, createRequest);
	}

}
