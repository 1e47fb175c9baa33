package dev.agentcore.controlplane.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.CommittedEvents;

/**
 * One delivery attempt of one event to one webhook, per Standard Webhooks ({@link WebhookSender}).
 * Every attempt is recorded ({@link DeliveryRecords}). A failed one is retried with exponential
 * backoff when it may succeed later; a webhook that keeps failing for the configured period is
 * disabled, with a WEBHOOK_DISABLED event in its team's history.
 */
@Component
class WebhookDelivery {

	private final Webhooks webhooks;

	private final CommittedEvents events;

	private final WebhookSender sender;

	private final DeliveryRecords records;

	private final WebhookSettings settings;

	WebhookDelivery(Webhooks webhooks, CommittedEvents events, WebhookSender sender, DeliveryRecords records,
			WebhookSettings settings) {
		this.webhooks = webhooks;
		this.events = events;
		this.sender = sender;
		this.records = records;
		this.settings = settings;
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
		int attempt = records.attemptsSoFar(webhookId, eventId) + 1;
		WebhookSender.Sent sent = sender.send(webhook, event);
		WebhookTransport.Outcome outcome = sent.outcome();
		if (outcome.succeeded()) {
			records.record(webhookId, event, attempt, sent, DeliveryResponse.Outcome.SUCCEEDED);
			records.succeeded(webhookId);
			return null;
		}
		Instant failingSince = records.failing(webhookId);
		boolean retry = outcome.retryable() && attempt < settings.maxAttempts();
		if (!Duration.between(failingSince, Instant.now()).minus(settings.disableAfter()).isNegative()) {
			records.record(webhookId, event, attempt, sent, DeliveryResponse.Outcome.FAILED);
			records.disable(webhook, failingSince);
			return null;
		}
		records.record(webhookId, event, attempt, sent,
				retry ? DeliveryResponse.Outcome.RETRYING : DeliveryResponse.Outcome.FAILED);
		return retry ? Instant.now().plus(backoff(attempt)) : null;
	}

	Duration backoff(int attempt) {
		long base = settings.backoffBase().toMillis();
		long delay = attempt >= 31 ? Long.MAX_VALUE : base << Math.min(30, attempt - 1);
		return Duration.ofMillis(Math.min(settings.backoffMax().toMillis(), delay < 0 ? Long.MAX_VALUE : delay));
	}

}
