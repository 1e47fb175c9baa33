package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A gateway as the simulated account holds it. {@code settlesAt} is when the current transition
 * (CREATING, UPDATING, DELETING) completes; {@code createRequest} answers repeated client tokens.
 */
record SimulatedGateway(long sequence, String gatewayId, String name, String description, String roleArn,
		String protocolType, JsonNode protocolConfiguration, String authorizerType, JsonNode authorizerConfiguration,
		String kmsKeyArn, String exceptionLevel, String status, List<String> statusReasons, Instant createdAt,
		Instant updatedAt, Instant settlesAt, String clientToken, JsonNode createRequest) {

	boolean inTransition() {
		return settlesAt != null;
	}

	SimulatedGateway withStatus(String newStatus, List<String> reasons, Instant at, Instant settles) {
		return new SimulatedGateway(sequence, gatewayId, name, description, roleArn, protocolType, protocolConfiguration,
				authorizerType, authorizerConfiguration, kmsKeyArn, exceptionLevel, newStatus, reasons, createdAt, at,
				settles, clientToken, createRequest);
	}

	SimulatedGateway withSpec(GatewayInput spec, Instant at, Instant settles) {
		return new SimulatedGateway(sequence, gatewayId, name, spec.description(), spec.roleArn(), spec.protocolType(),
				spec.protocolConfiguration(), spec.authorizerType(), spec.authorizerConfiguration(), spec.kmsKeyArn(),
				spec.exceptionLevel(), "UPDATING", List.of(), createdAt, at, settles, clientToken, createRequest);
	}

}
