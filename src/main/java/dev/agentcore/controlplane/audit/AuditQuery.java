package dev.agentcore.controlplane.audit;

import java.time.Instant;
import java.util.UUID;

import dev.agentcore.controlplane.resource.ResourceType;

/**
 * Which audit records to read; every filter is optional.
 *
 * @param team the owning team of the resource
 * @param actor the actor's subject
 * @param resourceType the kind of resource
 * @param resourceId one resource
 * @param from at or after
 * @param to before
 */
record AuditQuery(String team, String actor, ResourceType resourceType, UUID resourceId, Instant from, Instant to) {
}
