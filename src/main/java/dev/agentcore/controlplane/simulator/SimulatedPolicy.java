package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A policy as the simulated account holds it. Its statement was checked when it was sent, as AgentCore
 * checks it; {@code findings} are what the check found, and the transition ends failed when there are any.
 */
record SimulatedPolicy(long sequence, String policyEngineId, String policyId, String name, String description,
		String statement, String validationMode, String status, List<String> statusReasons, List<String> findings,
		Instant createdAt, Instant updatedAt, Instant settlesAt, String clientToken, JsonNode createRequest,
		String enforcementMode) {

	SimulatedPolicy {
		enforcementMode = enforcementMode == null ? "ACTIVE" : enforcementMode;
	}

	/** Decides tool calls: ACTIVE in status and in enforcement mode (a LOG_ONLY policy is only logged). */
	boolean enforced() {
		return status.equals("ACTIVE") && enforcementMode.equals("ACTIVE");
	}

	boolean inTransition() {
		return settlesAt != null;
	}

	String arn(String region, String account) {
		return "arn:aws:bedrock-agentcore:" + region + ":" + account + ":policy-engine/" + policyEngineId + "/policy/"
				+ policyId;
	}

	SimulatedPolicy withStatus(String newStatus, List<String> reasons, Instant at, Instant settles) {
		return new SimulatedPolicy(sequence, policyEngineId, policyId, name, description, statement, validationMode,
				newStatus, reasons, findings, createdAt, at, settles, clientToken, createRequest, enforcementMode);
	}

	SimulatedPolicy withSpec(PolicyInput spec, List<String> newFindings, Instant at, Instant settles) {
		return new SimulatedPolicy(sequence, policyEngineId, policyId, name, spec.description(), spec.statement(),
				spec.validationMode(), "UPDATING", List.of(), newFindings, createdAt, at, settles, clientToken, createRequest,
				spec.enforcementMode());
	}

}
