package dev.agentcore.controlplane.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.agentcore.controlplane.resource.EventType;

/**
 * A team's webhook endpoint. The signing secret is not part of it: it is stored encrypted and read
 * only to sign a delivery.
 *
 * @param eventTypes the event types delivered; empty for all
 * @param failingSince when deliveries started failing without a success since
 */
record Webhook(UUID id, String team, String url, String description, List<EventType> eventTypes, boolean enabled,
		String disabledReason, Instant failingSince, int version, Instant createdAt, Instant updatedAt,
		String createdBy) {

	boolean wants(EventType type) {
		return eventTypes.isEmpty() || eventTypes.contains(type);
	}

}
