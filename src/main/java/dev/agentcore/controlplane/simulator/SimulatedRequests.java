package dev.agentcore.controlplane.simulator;

import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Rules every simulated mutation shares: no change during a transition, client tokens answer repeats alike. */
final class SimulatedRequests {

	private SimulatedRequests() {
	}

	static void requireSettled(boolean inTransition, String what, String status) {
		if (inTransition) {
			throw AwsError.conflict(what + " is " + status + "; retry when the operation in progress has completed");
		}
	}

	/**
	 * A create repeated with its client token: the same request answers the resource it created; another
	 * request answers ValidationException with reason IdempotentParameterMismatchException (the model's
	 * ValidationExceptionReason), for every kind alike.
	 */
	static <T> T repeated(T existing, JsonNode original, JsonNode fingerprint) {
		if (!Objects.equals(original, fingerprint)) {
			throw AwsError.idempotentParameterMismatch();
		}
		return existing;
	}

	static JsonNode withoutToken(JsonNode request) {
		ObjectNode copy = ((ObjectNode) request).deepCopy();
		copy.remove("clientToken");
		return copy;
	}

}
