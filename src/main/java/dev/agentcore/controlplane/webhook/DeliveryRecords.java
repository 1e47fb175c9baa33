package dev.agentcore.controlplane.webhook;

import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.web.UrlRedaction;

/**
 * What delivery attempts leave behind: a row per attempt (the webhook's deliveries) with its
 * counter, the webhook's failing-since mark, and, once it has failed for longer than allowed, the
 * webhook disabled with a WEBHOOK_DISABLED event in its team's history. The bookkeeping of
 * {@link WebhookDelivery}, kept together because each outcome updates several of them.
 */
@Component
class DeliveryRecords {

	static final String ACTOR = "webhook-dispatcher";

	private final Deliveries deliveries;

	private final Webhooks webhooks;

	private final ResourceEvents history;

	private final TransactionTemplate transactions;

	private final MeterRegistry meters;

	private final WebhookSettings settings;

	DeliveryRecords(Deliveries deliveries, Webhooks webhooks, ResourceEvents history, TransactionTemplate transactions,
			MeterRegistry meters, WebhookSettings settings) {
		this.deliveries = deliveries;
		this.webhooks = webhooks;
		this.history = history;
		this.transactions = transactions;
		this.meters = meters;
		this.settings = settings;
	}

	int attemptsSoFar(UUID webhookId, long eventId) {
		return deliveries.attemptsSoFar(webhookId, eventId);
	}

	/** Records an attempt; false, recording nothing, when the webhook no longer exists (deleted meanwhile). */
	boolean record(UUID webhookId, CommittedEvent event, int attempt, WebhookSender.Sent sent,
			DeliveryResponse.Outcome result) {
		WebhookTransport.Outcome outcome = sent.outcome();
		if (!deliveries.record(webhookId, new DeliveryResponse(0, sent.messageId(), event.id(), event.type().name(),
				attempt, sent.at(), outcome.statusCode(), outcome.durationMillis(), result, outcome.error()))) {
			return false;
		}
		meters.counter("controlplane.webhook.deliveries", "outcome", result.name(), "status",
				outcome.statusCode() == null ? "none" : Integer.toString(outcome.statusCode())).increment();
		return true;
	}

	/** A delivery got through: the webhook is no longer failing. */
	void succeeded(UUID webhookId) {
		webhooks.succeeded(webhookId);
	}

	/** A delivery failed: the failure period starts now unless it already runs. Returns when it started. */
	Instant failing(UUID webhookId) {
		return webhooks.failing(webhookId);
	}

	void disable(Webhook webhook, Instant failingSince) {
		String reason = "Deliveries failed since " + failingSince + " (longer than " + settings.disableAfter()
				+ "); re-enable it with PUT once the endpoint works.";
		transactions.executeWithoutResult(status -> {
			if (webhooks.disable(webhook.id(), reason)) {
				history.record(ResourceRef.root(ResourceType.WEBHOOK, webhook.id(), webhook.team()), EventType.WEBHOOK_DISABLED,
						"Webhook " + UrlRedaction.redact(webhook.url()) + " disabled: " + reason, ACTOR, null);
				meters.counter("controlplane.webhook.disabled").increment();
			}
		});
	}

}
