package dev.agentcore.controlplane.resource;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of the history as the stream and webhooks read it: with its position in commit order,
 * its team and the history (scope) it belongs to.
 *
 * @param position where it stands in commit order
 * @param event the event as the per-gateway history shows it
 * @param scopeId the history it belongs to (a target's event belongs to its gateway's history)
 * @param team the owning team
 */
public record CommittedEvent(EventPosition position, ResourceEvent event, UUID scopeId, String team) {

	public long id() {
		return event.id();
	}

	public EventType type() {
		return event.type();
	}

	public Instant at() {
		return event.at();
	}

}
