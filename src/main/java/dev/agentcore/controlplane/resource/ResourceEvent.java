package dev.agentcore.controlplane.resource;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a gateway's history.
 *
 * @param id increasing; newer events have larger ids
 * @param at when
 * @param resourceType GATEWAY, TARGET or EXECUTION_ROLE (the gateway's managed role) in a gateway's history;
 * IDP_PROFILE in a profile's
 * @param resourceId the resource's id
 * @param type what happened
 * @param message in words
 * @param actor the caller who caused it, or "provisioner"
 * @param awsRequestId the AWS request id of an AWS call
 */
public record ResourceEvent(long id, Instant at, ResourceType resourceType, UUID resourceId, EventType type,
		String message, String actor, String awsRequestId) {
}
