package dev.agentcore.controlplane.stream;

import java.time.Instant;
import java.util.UUID;

import dev.agentcore.controlplane.resource.CommittedEvent;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * The data of one stream message; the message's SSE id is {@code id}.
 *
 * @param id the event id: send it back as Last-Event-ID to resume after this event
 * @param at when it happened
 * @param team the owning team
 * @param scopeId the gateway whose history holds the event
 * @param resourceType what kind of resource it is about
 * @param resourceId which resource
 * @param type what happened
 * @param message in words
 * @param actor the caller who caused it, or "provisioner"
 * @param awsRequestId the AWS request id of an AWS call
 */
record StreamEvent(long id, Instant at, String team, UUID scopeId, ResourceType resourceType, UUID resourceId,
		EventType type, String message, String actor, String awsRequestId) {

	static StreamEvent from(CommittedEvent committed) {
		ResourceEvent event = committed.event();
		return new StreamEvent(event.id(), event.at(), committed.team(), committed.scopeId(), event.resourceType(),
				event.resourceId(), event.type(), event.message(), event.actor(), event.awsRequestId());
	}

}
