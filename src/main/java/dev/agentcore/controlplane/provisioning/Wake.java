package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.agentcore.controlplane.resource.ResourceType;

/**
 * Resources of another kind a kind wakes, declared in its {@link ResourceKind}: those that wait for it (its
 * children once it is READY, its parent once it is deleted). The skeleton makes their reconciles due in the
 * transaction that writes this one's outcome, so the woken see it.
 *
 * @param kind the kind woken
 * @param when at which point of this kind's reconcile
 * @param find which of them, from the row
 * @param <R> the waking row
 */
record Wake<R>(ResourceType kind, When when, Function<R, List<UUID>> find) {

	enum When {

		/** Every pass that finds it READY in AWS (the first one and every drift check). */
		READY,

		/** A pass that finds a new generation of it applied. */
		GENERATION_APPLIED,

		/** AWS confirmed its deletion. */
		DELETED

	}

	/** A wake-up the skeleton announces with the report; the queue makes the reconcile due. */
	record Due(ResourceType type, UUID id) {
	}

}
