package dev.agentcore.controlplane.webhook;

import java.net.URI;
import java.util.Map;

/**
 * Sends one signed delivery. Kept this small so that the sender can move onto a shared, hardened
 * outbound client (the IDP discovery fetch is GET-only) without touching the delivery logic.
 */
interface WebhookTransport {

	/**
	 * @param statusCode the receiver's status, or null when none came (refused, timed out, not allowed)
	 * @param durationMillis how long the attempt took
	 * @param error what went wrong, or null on a 2xx
	 * @param retryable whether trying again later may succeed (5xx, 408, 429, timeouts, connection errors)
	 */
	record Outcome(Integer statusCode, long durationMillis, String error, boolean retryable) {

		boolean succeeded() {
			return error == null;
		}

	}

	/** @param team the webhook's team, whose share of the outbound slots the call takes */
	Outcome post(String team, URI url, Map<String, String> headers, byte[] body);

}
