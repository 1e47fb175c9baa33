package dev.agentcore.controlplane.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.web.UrlRedaction;

/**
 * A webhook as the API shows it.
 *
 * @param url where deliveries go, with the secrets inside it (user info, credential-like query values)
 * masked; sending it back unchanged in a PUT keeps the original
 * @param eventTypes the event types delivered; empty for all
 * @param enabled whether deliveries are made
 * @param disabledReason why it was disabled after failing, if it was
 * @param failingSince when deliveries started failing, with no success since
 * @param secret the signing secret ({@code whsec_...}): in the creation response only; keep it, it is never shown again
 */
record WebhookResponse(UUID id, String team, String url, String description, List<EventType> eventTypes, boolean enabled,
		String disabledReason, Instant failingSince, int version, Instant createdAt, Instant updatedAt, String createdBy,
		@JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

	static WebhookResponse from(Webhook webhook) {
		return withSecret(webhook, null);
	}

	static WebhookResponse withSecret(Webhook webhook, String secret) {
		return new WebhookResponse(webhook.id(), webhook.team(), UrlRedaction.redact(webhook.url()), webhook.description(), webhook.eventTypes(),
				webhook.enabled(), webhook.disabledReason(), webhook.failingSince(), webhook.version(), webhook.createdAt(),
				webhook.updatedAt(), webhook.createdBy(), secret);
	}

}
