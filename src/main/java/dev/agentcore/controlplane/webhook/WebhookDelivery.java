package dev.agentcore.controlplane.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.outbound.SharedSlots;
import dev.agentcore.controlplane.resource.CommittedEvents;

/**
 * One delivery attempt of one event to one webhook, per Standard Webhooks ({@link WebhookSender}).
 * Every attempt is recorded ({@link DeliveryRecords}). A failed one is retried with exponential
 * backoff when it may succeed later; a webhook that keeps failing for the configured period is
 * disabled, with a WEBHOOK_DISABLED event in its team's history. One team's deliveries take at most
 * {@code threads-per-team} of the delivery threads; beyond that a due delivery is put back for a
 * moment without an attempt, so the other teams' deliveries go first. A webhook deleted while its
 * delivery was under way ends that delivery quietly.
 */
@Component
class WebhookDelivery {

	private final Webhooks webhooks;

	private final CommittedEvents events;

	private final WebhookSender sender;

	private final DeliveryRecords records;

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	private final WebhookSettings settings;

	private final SharedSlots threads;

	WebhookDelivery(Webhooks webhooks, CommittedEvents events, WebhookSender sender, DeliveryRecords records,
			WebhookSettings settings) {
		this.webhooks = webhooks;
		this.events = events;
		this.sender = sender;
		this.records = records;
		this.settings = settings;
		this.threads = new SharedSlots(settings.threads(), Math.min(settings.threadsPerTeam(), settings.threads()));
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
		if (threads.tryAcquire(webhook.team()) != null) {
			return Instant.now().plus(settings.pollingInterval());
		}
		try {
			return attempt(webhook, event);
		}
		finally {
			threads.release(webhook.team());
		}
	}

	/** Deliveries of this team under way on this replica. */
	int inFlight(String team) {
		return threads.heldBy(team);
	}

	private Instant attempt(Webhook webhook, CommittedEvent event) {
		UUID webhookId = webhook.id();
		long eventId = event.id();
		int attempt = records.attemptsSoFar(webhookId, eventId) + 1;
		WebhookSender.Sent sent = sender.send(webhook, event);
		WebhookTransport.Outcome outcome = sent.outcome();
		if (outcome.succeeded()) {
			if (recorded(webhookId, event, attempt, sent, DeliveryResponse.Outcome.SUCCEEDED)) {
				records.succeeded(webhookId);
			}
			return null;
		}
		Instant failingSince = records.failing(webhookId);
		boolean retry = outcome.retryable() && attempt < settings.maxAttempts();
		if (!Duration.between(failingSince, Instant.now()).minus(settings.disableAfter()).isNegative()) {
			if (recorded(webhookId, event, attempt, sent, DeliveryResponse.Outcome.FAILED)) {
				records.disable(webhook, failingSince);
			}
			return null;
		}
		boolean recorded = recorded(webhookId, event, attempt, sent,
				retry ? DeliveryResponse.Outcome.RETRYING : DeliveryResponse.Outcome.FAILED);
		return retry && recorded ? Instant.now().plus(backoff(attempt)) : null;
	}

	/** Records the attempt; false when the webhook was deleted meanwhile, which ends its delivery. */
	private boolean recorded(UUID webhookId, CommittedEvent event, int attempt, WebhookSender.Sent sent,
			DeliveryResponse.Outcome result) {
		if (records.record(webhookId, event, attempt, sent, result)) {
			return true;
		}
		log.debug("Webhook {} was deleted while event {} was being delivered to it; the delivery ends", webhookId,
				event.id());
		return false;
	}

	Duration backoff(int attempt) {
		long base = settings.backoffBase().toMillis();
		long delay = attempt >= 31 ? Long.MAX_VALUE : base << Math.min(30, attempt - 1);
		return Duration.ofMillis(Math.min(settings.backoffMax().toMillis(), delay < 0 ? Long.MAX_VALUE : delay));
	}

}
