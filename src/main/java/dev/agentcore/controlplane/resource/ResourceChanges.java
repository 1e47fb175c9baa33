package dev.agentcore.controlplane.resource;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.web.Page;

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
		on(new ResourceAccepted(ref, type, message, actor));
	}

	/** What an aggregate recorded, published when it was saved: its history entry and the provisioner's wake-up. */
	@EventListener
	void on(ResourceAccepted accepted) {
		events.record(accepted.ref(), accepted.type(), accepted.message(), accepted.actor(), null);
		publisher.publishEvent(new ResourceChanged(accepted.ref(), accepted.createdIn()));
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

	/**
	 * One page of a history, newest first, from a caller's page size and cursor (checked first: 400 before 404); the
	 * scope is asked for after, so it can refuse an invisible resource.
	 */
	public Page<ResourceEvent> page(Integer limit, String cursor, Supplier<UUID> scope) {
		EventCursor page = EventCursor.of(limit, cursor);
		return page.page(history(scope.get(), page.before(), page.limit() + 1));
	}

	/**
	 * One page of a child resource's own events (a rule in its gateway's history), newest first; the resource is
	 * asked for after the page size and cursor are checked, so it can refuse an invisible one.
	 */
	public Page<ResourceEvent> pageOf(Integer limit, String cursor, Supplier<ResourceRef> resource) {
		EventCursor page = EventCursor.of(limit, cursor);
		return page.page(events.newestFirstOf(resource.get(), page.before(), page.limit() + 1));
	}

	/** A history, newest first, below {@code before} when given. */
	public List<ResourceEvent> history(UUID scopeId, Long before, int limit) {
		return events.newestFirst(scopeId, before, limit);
	}

}
