package dev.agentcore.controlplane.resource;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How a management service reports an accepted change: the event goes into the resource's history
 * and the resource to the provisioner ({@link ResourceChanged}), both in the caller's transaction,
 * so a committed change is never lost and a rolled back one never runs.
 */
@Component
public class ResourceChanges {

	private final ResourceEvents events;

	private final ApplicationEventPublisher publisher;

	ResourceChanges(ResourceEvents events, ApplicationEventPublisher publisher) {
		this.events = events;
		this.publisher = publisher;
	}

	public void accepted(ResourceRef ref, EventType type, String message, String actor) {
		events.record(ref, type, message, actor, null);
		publisher.publishEvent(new ResourceChanged(ref));
	}

	/**
	 * A caller asked for a reconcile now: the status says so (the provisioner observes AWS and retries at once, a terminal
	 * failure ends), with the event and the audit record, in the caller's transaction.
	 */
	public void reconcileRequested(StatusColumns status, ResourceRef ref, String actor) {
		status.requestReconcile(ref.id());
		accepted(ref, EventType.RECONCILE_REQUESTED, "Reconcile requested: the provisioner will observe AWS and retry now.",
				actor);
		audit(ChangeAccepted.requested(ChangeAccepted.Action.RECONCILE, ref));
	}

	/** Hands an accepted change to the audit trail, in the caller's transaction. */
	public void audit(ChangeAccepted change) {
		publisher.publishEvent(change);
	}

	/** A history, newest first, below {@code before} when given. */
	public List<ResourceEvent> history(UUID scopeId, Long before, int limit) {
		return events.newestFirst(scopeId, before, limit);
	}

}
