package dev.agentcore.controlplane.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.CommittedEvent;

/**
 * Sends one event to one webhook as a Standard Webhooks message: {@code webhook-id} (the same for
 * every attempt, so receivers deduplicate), {@code webhook-timestamp} and {@code webhook-signature}
 * under the webhook's own secret, and times the attempt. Signing and sending live here so that
 * {@link WebhookDelivery} is left with deciding what happens after an attempt.
 */
@Component
class WebhookSender {

	private final Webhooks webhooks;

	private final SecretBox secrets;

	private final WebhookTransport transport;

	private final JsonMapper json;

	private final MeterRegistry meters;

	WebhookSender(Webhooks webhooks, SecretBox secrets, WebhookTransport transport, JsonMapper json,
			MeterRegistry meters) {
		this.webhooks = webhooks;
		this.secrets = secrets;
		this.transport = transport;
		this.json = json;
		this.meters = meters;
	}

	/** One attempt: its message id, when it was sent and what the receiver answered. */
	record Sent(String messageId, Instant at, WebhookTransport.Outcome outcome) {
	}

	Sent send(Webhook webhook, CommittedEvent event) {
		String messageId = "evt_" + event.id();
		byte[] body = json.writeValueAsBytes(Map.of("type", event.type().name(), "timestamp", event.at().toString(),
				"data", WebhookPayload.from(event)));
		long timestamp = Instant.now().getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("webhook-id", messageId);
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature", Signature.sign(secrets.open(webhooks.sealedSecret(webhook.id()),
				webhook.id().toString()), messageId, timestamp, body));
		Instant at = Instant.now();
		WebhookTransport.Outcome outcome = transport.post(webhook.team(), URI.create(webhook.url()), headers, body);
		meters.timer("controlplane.webhook.delivery.duration", "outcome", outcome.succeeded() ? "success" : "failure")
			.record(Duration.ofMillis(outcome.durationMillis()));
		return new Sent(messageId, at, outcome);
	}

}
