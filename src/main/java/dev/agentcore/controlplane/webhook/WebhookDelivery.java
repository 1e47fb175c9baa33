package dev.agentcore.controlplane.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.CommittedEvents;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * One delivery attempt of one event to one webhook, per Standard Webhooks: {@code webhook-id} (the
 * same for every attempt, so receivers deduplicate), {@code webhook-timestamp} and
 * {@code webhook-signature}. Every attempt is recorded. A failed one is retried with exponential
 * backoff when it may succeed later; a webhook that keeps failing for the configured period is
 * disabled, with a WEBHOOK_DISABLED event in its team's history.
 */
@Component
class WebhookDelivery {

	static final String ACTOR = "webhook-dispatcher";

	private final Webhooks webhooks;

	private final Deliveries deliveries;

	private final CommittedEvents events;

	private final ResourceEvents history;

	private final SecretBox secrets;

	private final WebhookTransport transport;

	private final WebhookSettings settings;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final MeterRegistry meters;

	WebhookDelivery(Webhooks webhooks, Deliveries deliveries, CommittedEvents events, ResourceEvents history,
			SecretBox secrets, WebhookTransport transport, WebhookSettings settings, JsonMapper json,
			TransactionTemplate transactions, MeterRegistry meters) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.events = events;
		this.history = history;
		this.secrets = secrets;
		this.transport = transport;
		this.settings = settings;
		this.json = json;
		this.transactions = transactions;
		this.meters = meters;
	}

	/** Delivers {@code <webhook id>:<event id>}; returns when to try again, or null when done. */
	Instant deliver(String instance) {
		int colon = instance.indexOf(':');
		UUID webhookId = UUID.fromString(instance.substring(0, colon));
		long eventId = Long.parseLong(instance.substring(colon + 1));
		Webhook webhook = webhooks.find(webhookId).filter(Webhook::enabled).orElse(null);
		CommittedEvent event = events.find(eventId).orElse(null);
		if (webhook == null || event == null) {
			return null;
		}
		int attempt = deliveries.attemptsSoFar(webhookId, eventId) + 1;
		String messageId = "evt_" + eventId;
		byte[] body = json.writeValueAsBytes(Map.of("type", event.type().name(), "timestamp", event.at().toString(),
				"data", WebhookPayload.from(event)));
		long timestamp = Instant.now().getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("webhook-id", messageId);
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature", Signature.sign(secrets.open(webhooks.sealedSecret(webhookId), webhookId.toString()),
				messageId, timestamp, body));
		Instant at = Instant.now();
		WebhookTransport.Outcome outcome = transport.post(URI.create(webhook.url()), headers, body);
		meters.timer("controlplane.webhook.delivery.duration", "outcome", outcome.succeeded() ? "success" : "failure")
			.record(Duration.ofMillis(outcome.durationMillis()));
		if (outcome.succeeded()) {
			record(webhookId, messageId, event, attempt, at, outcome, DeliveryResponse.Outcome.SUCCEEDED);
			webhooks.succeeded(webhookId);
			return null;
		}
		Instant failingSince = webhooks.failing(webhookId);
		boolean retry = outcome.retryable() && attempt < settings.maxAttempts();
		if (!Duration.between(failingSince, Instant.now()).minus(settings.disableAfter()).isNegative()) {
			record(webhookId, messageId, event, attempt, at, outcome, DeliveryResponse.Outcome.FAILED);
			disable(webhook, failingSince);
			return null;
		}
		record(webhookId, messageId, event, attempt, at, outcome,
				retry ? DeliveryResponse.Outcome.RETRYING : DeliveryResponse.Outcome.FAILED);
		return retry ? Instant.now().plus(backoff(attempt)) : null;
	}

	Duration backoff(int attempt) {
		long base = settings.backoffBase().toMillis();
		long delay = attempt >= 31 ? Long.MAX_VALUE : base << Math.min(30, attempt - 1);
		return Duration.ofMillis(Math.min(settings.backoffMax().toMillis(), delay < 0 ? Long.MAX_VALUE : delay));
	}

	private void record(UUID webhookId, String messageId, CommittedEvent event, int attempt, Instant at,
			WebhookTransport.Outcome outcome, DeliveryResponse.Outcome result) {
		deliveries.record(webhookId, new DeliveryResponse(0, messageId, event.id(), event.type().name(), attempt, at,
				outcome.statusCode(), outcome.durationMillis(), result, outcome.error()));
		meters.counter("controlplane.webhook.deliveries", "outcome", result.name(), "status",
				outcome.statusCode() == null ? "none" : Integer.toString(outcome.statusCode())).increment();
	}

	private void disable(Webhook webhook, Instant failingSince) {
		String reason = "Deliveries failed since " + failingSince + " (longer than " + settings.disableAfter()
				+ "); re-enable it with PUT once the endpoint works.";
		transactions.executeWithoutResult(status -> {
			if (webhooks.disable(webhook.id(), reason)) {
				history.record(ResourceRef.root(ResourceType.WEBHOOK, webhook.id(), webhook.team()), EventType.WEBHOOK_DISABLED,
						"Webhook " + webhook.url() + " disabled: " + reason, ACTOR, null);
				meters.counter("controlplane.webhook.disabled").increment();
			}
		});
	}

}
