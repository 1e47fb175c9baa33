package dev.agentcore.controlplane.webhook;

import java.time.Instant;

/**
 * One delivery attempt.
 *
 * @param id increasing; the keyset cursor
 * @param messageId the webhook-id header: the same for every attempt of one event, so receivers can deduplicate
 * @param eventId the event delivered
 * @param eventType its type
 * @param attempt 1 for the first try
 * @param at when the attempt started
 * @param statusCode what the receiver answered; null when it could not be reached in time
 * @param durationMs how long the attempt took
 * @param outcome SUCCEEDED, RETRYING (another attempt is scheduled) or FAILED (no more attempts)
 * @param error why it failed
 */
record DeliveryResponse(long id, String messageId, long eventId, String eventType, int attempt, Instant at,
		Integer statusCode, long durationMs, Outcome outcome, String error) {

	enum Outcome {

		SUCCEEDED, RETRYING, FAILED

	}

}
