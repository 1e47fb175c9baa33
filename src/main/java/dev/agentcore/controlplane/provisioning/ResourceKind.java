package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.resource.StatusColumns;

/**
 * Everything the reconcile skeleton knows of a kind besides its desired state and hooks: the queue's kind, AWS's
 * noun in operation names, where its status is written, how a row is loaded and what of it the skeleton reads,
 * its AWS client, what it waits for and whom it wakes. One value, given once to {@link ResourceReconciler}'s
 * constructor; the skeleton does the calls, the waiting, the messages and the waking.
 *
 * @param type the queue's kind of work
 * @param awsNoun AWS's name of the resource in operation names: "Gateway" for CreateGateway
 * @param status the kind's status columns
 * @param load the row by id, with what its reconcile needs (empty once deleted)
 * @param managed what the skeleton reads of a row
 * @param client its AWS calls
 * @param waits what must hold before it is created or changed, asked in order
 * @param deleteWaits what must go before it is deleted, asked in order
 * @param wakes whom it wakes, and when
 * @param iamActions the IAM actions its client calls, which the control plane's own policy must grant (the
 * permissions planner's caller policies; {@code KindRegistrationIntegrationTests} checks them)
 * @param <R> the row
 * @param <D> the desired state
 * @param <O> what AWS reports
 */
record ResourceKind<R, D, O extends Observed>(ResourceType type, String awsNoun, StatusColumns status,
		Function<UUID, Optional<R>> load, Function<R, Managed> managed, ResourceClient<R, D, O> client,
		List<Wait<R>> waits, List<Wait<R>> deleteWaits, List<Wake<R>> wakes, List<String> iamActions) {

	static <R, D, O extends Observed> ResourceKind<R, D, O> of(ResourceType type, String awsNoun, StatusColumns status,
			Function<UUID, Optional<R>> load, Function<R, Managed> managed, ResourceClient<R, D, O> client) {
		return new ResourceKind<>(type, awsNoun, status, load, managed, client, List.of(), List.of(), List.of(), List.of());
	}

	/** Before it is created or changed, it waits for {@code wait} (after the waits declared before). */
	ResourceKind<R, D, O> waitsFor(Wait<R> wait) {
		return new ResourceKind<>(type, awsNoun, status, load, managed, client, plus(waits, wait), deleteWaits, wakes,
				iamActions);
	}

	/** Before it is deleted, it waits for {@code wait} (e.g. its children to be gone). */
	ResourceKind<R, D, O> deletesAfter(Wait<R> wait) {
		return new ResourceKind<>(type, awsNoun, status, load, managed, client, waits, plus(deleteWaits, wait), wakes,
				iamActions);
	}

	/** Wakes the resources of {@code kind} that {@code find} names at {@code when}. */
	ResourceKind<R, D, O> wakes(ResourceType kind, Wake.When when, Function<R, List<UUID>> find) {
		return new ResourceKind<>(type, awsNoun, status, load, managed, client, waits, deleteWaits,
				plus(wakes, new Wake<>(kind, when, find)), iamActions);
	}

	/** The IAM actions its client calls (service prefix included: "bedrock-agentcore:CreateGateway"). */
	ResourceKind<R, D, O> calls(String... actions) {
		return new ResourceKind<>(type, awsNoun, status, load, managed, client, waits, deleteWaits, wakes,
				List.of(actions));
	}

	private static <T> List<T> plus(List<T> list, T item) {
		List<T> more = new ArrayList<>(list);
		more.add(item);
		return List.copyOf(more);
	}

}
