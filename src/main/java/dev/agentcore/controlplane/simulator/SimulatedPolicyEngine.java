package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A policy engine as the simulated account holds it. {@code settlesAt} is when the current transition
 * (CREATING, UPDATING, DELETING) completes; {@code createRequest} answers repeated client tokens;
 * {@code encryptionKeyArn} and {@code tags} are CreatePolicyEngine's, kept as given.
 */
record SimulatedPolicyEngine(long sequence, String policyEngineId, String name, String description, String status,
		List<String> statusReasons, Instant createdAt, Instant updatedAt, Instant settlesAt, String clientToken,
		JsonNode createRequest, String encryptionKeyArn, Map<String, String> tags) {

	SimulatedPolicyEngine {
		tags = tags == null ? Map.of() : Map.copyOf(tags);
	}

	boolean inTransition() {
		return settlesAt != null;
	}

	String arn(String region, String account) {
		return "arn:aws:bedrock-agentcore:" + region + ":" + account + ":policy-engine/" + policyEngineId;
	}

	SimulatedPolicyEngine withStatus(String newStatus, List<String> reasons, Instant at, Instant settles) {
		return new SimulatedPolicyEngine(sequence, policyEngineId, name, description, newStatus, reasons, createdAt, at,
				settles, clientToken, createRequest, encryptionKeyArn, tags);
	}

	SimulatedPolicyEngine withDescription(String newDescription, Instant at, Instant settles) {
		return new SimulatedPolicyEngine(sequence, policyEngineId, name, newDescription, "UPDATING", List.of(), createdAt,
				at, settles, clientToken, createRequest, encryptionKeyArn, tags);
	}

}
