package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A gateway target as the simulated account holds it: the configuration members of its last
 * CreateGatewayTarget or UpdateGatewayTarget, and the OAuth consent it waits for, if any. See
 * {@link SimulatedGateway} for {@code settlesAt} and {@code createRequest}.
 */
record SimulatedTarget(long sequence, String gatewayId, String targetId, String name, ObjectNode members, String status,
		List<String> statusReasons, Instant createdAt, Instant updatedAt, Instant lastSynchronizedAt, Instant settlesAt,
		String clientToken, JsonNode createRequest, Consent consent) {

	/**
	 * The consent a person gives for an authorization-code target, by opening {@code url}.
	 *
	 * @param credentials the credential configuration it was asked for: another one needs a new consent
	 */
	record Consent(String token, String url, String userId, boolean given, JsonNode credentials) {

		Consent granted() {
			return new Consent(token, url, userId, true, credentials);
		}

	}

	boolean inTransition() {
		return settlesAt != null;
	}

	/** Waiting for a person: AWS takes no change, deletion or synchronization meanwhile. */
	boolean awaitingConsent() {
		return status.endsWith("_PENDING_AUTH") && settlesAt == null;
	}

	boolean isMcpServer() {
		return members.at("/targetConfiguration/mcp").has("mcpServer");
	}

	boolean hasStaticTools() {
		return members.at("/targetConfiguration/mcp/mcpServer").has("mcpToolSchema");
	}

	JsonNode targetConfiguration() {
		return members.path("targetConfiguration");
	}

	String description() {
		return members.path("description").asString(null);
	}

	/**
	 * Whether a person must consent before AgentCore can act as them: authorization-code OAuth,
	 * unless the tools are declared statically (the gateway then needs no user token to list them).
	 */
	static boolean needsConsent(JsonNode members) {
		return "AUTHORIZATION_CODE".equals(members.at("/credentialProviderConfigurations/0/credentialProvider/oauthCredentialProvider/grantType")
			.asString(null)) && !members.at("/targetConfiguration/mcp/mcpServer").has("mcpToolSchema");
	}

	static JsonNode credentials(JsonNode members) {
		return members.path("credentialProviderConfigurations");
	}

	SimulatedTarget withStatus(String newStatus, List<String> reasons, Instant at, Instant settles) {
		return new SimulatedTarget(sequence, gatewayId, targetId, name, members, newStatus, reasons, createdAt, at,
				lastSynchronizedAt, settles, clientToken, createRequest, consent);
	}

	SimulatedTarget withMembers(ObjectNode newMembers, Consent newConsent, Instant at, Instant settles) {
		return new SimulatedTarget(sequence, gatewayId, targetId, name, newMembers, "UPDATING", List.of(), createdAt, at,
				lastSynchronizedAt, settles, clientToken, createRequest, newConsent);
	}

	SimulatedTarget withConsent(Consent newConsent) {
		return new SimulatedTarget(sequence, gatewayId, targetId, name, members, status, statusReasons, createdAt, updatedAt,
				lastSynchronizedAt, settlesAt, clientToken, createRequest, newConsent);
	}

	SimulatedTarget consented(Instant at, Instant settles) {
		return new SimulatedTarget(sequence, gatewayId, targetId, name, members, status, statusReasons, createdAt, at,
				lastSynchronizedAt, settles, clientToken, createRequest, consent.granted());
	}

	SimulatedTarget synchronizing(Instant at, Instant settles) {
		return new SimulatedTarget(sequence, gatewayId, targetId, name, members, "SYNCHRONIZING", List.of(), createdAt, at,
				at, settles, clientToken, createRequest, consent);
	}

}
