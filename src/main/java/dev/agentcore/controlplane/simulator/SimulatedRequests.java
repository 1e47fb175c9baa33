package dev.agentcore.controlplane.simulator;

import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Rules every simulated mutation shares: no change during a transition, client tokens answer repeats. */
final class SimulatedRequests {

	private SimulatedRequests() {
	}

	static void requireSettled(boolean inTransition, String what, String status) {
		if (inTransition) {
			throw AwsError.conflict(what + " is " + status + "; retry when the operation in progress has completed");
		}
	}

	static <T> T repeated(T existing, JsonNode original, JsonNode fingerprint) {
		if (!Objects.equals(original, fingerprint)) {
			throw AwsError.conflict("The client token was already used with a different request");
		}
		return existing;
	}

	static JsonNode withoutToken(JsonNode request) {
		ObjectNode copy = ((ObjectNode) request).deepCopy();
		copy.remove("clientToken");
		return copy;
	}

}
