package dev.agentcore.controlplane.webhook;

import java.time.Instant;
import java.util.UUID;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * The {@code data} of a delivery: the event as the history and the stream show it. The envelope is
 * {@code {"type": "<event type>", "timestamp": "<when it happened>", "data": {...}}}.
 */
record WebhookPayload(long id, Instant at, String team, UUID scopeId, ResourceType resourceType, UUID resourceId,
		EventType type, String message, String actor, String awsRequestId) {

	static WebhookPayload from(CommittedEvent committed) {
		ResourceEvent event = committed.event();
		return new WebhookPayload(event.id(), event.at(), committed.team(), committed.scopeId(), event.resourceType(),
				event.resourceId(), event.type(), event.message(), event.actor(), event.awsRequestId());
	}

}
