package dev.agentcore.controlplane.provisioning;

import java.util.Optional;

import dev.agentcore.controlplane.resource.Phase;

/**
 * The next step of a reconcile, decided from the row and what AWS reports: a pure function, so
 * every combination is tested without AWS or a database.
 *
 * @param action what to do
 * @param state what AWS's status means, when AWS was observed
 * @param drift whether AWS differs from a spec it already had: somebody else changed it
 */
record Decision(Action action, AwsState state, boolean drift) {

	enum Action {

		/** Nothing in AWS yet: create, with a client token committed first. */
		CREATE,
		/** A create may have reached AWS without its result being recorded: look it up by name first. */
		ADOPT_OR_CREATE,
		/** Observe AWS, then decide again with {@link #afterObserving}. */
		OBSERVE,
		/** AWS lost the resource (deleted outside): forget its identity and create it again. */
		RECREATE,
		/** AWS is in a transition: look again soon. */
		WAIT,
		/** AWS waits for something outside the control plane: back off and look again. */
		AWAIT_OUTSIDE,
		/** AWS reports a failure for the first time: stop until asked again. */
		REPORT_FAILED,
		/** Asked again after a failed create: remove what AWS holds, then create again. */
		REPLACE,
		/** AWS holds something else than the spec: send the spec. */
		UPDATE,
		/** AWS holds the spec and is ready. */
		READY

	}

	/** Before any AWS call: whether there is something to observe. */
	static Decision beforeObserving(Managed row) {
		if (row.awsId() != null) {
			return new Decision(Action.OBSERVE, null, false);
		}
		return new Decision(row.createPendingAt() != null ? Action.ADOPT_OR_CREATE : Action.CREATE, null, false);
	}

	/**
	 * After observing the resource by its id.
	 *
	 * @param replaceFailedCreate whether a failed create is replaced (gateways) rather than updated again
	 */
	static Decision afterObserving(Managed row, Optional<? extends Observed> observed, AwsState state,
			boolean replaceFailedCreate) {
		if (observed.isEmpty()) {
			return new Decision(Action.RECREATE, null, true);
		}
		boolean askedAgain = row.phase() == Phase.FAILED;
		Action action = switch (state) {
			case CREATING, UPDATING, DELETING, UNKNOWN -> Action.WAIT;
			case WAITING -> Action.AWAIT_OUTSIDE;
			case CREATE_FAILED -> !askedAgain ? Action.REPORT_FAILED : replaceFailedCreate ? Action.REPLACE : Action.UPDATE;
			case UPDATE_FAILED -> askedAgain ? Action.UPDATE : Action.REPORT_FAILED;
			case READY -> observed.get().matchesDesired() ? Action.READY : Action.UPDATE;
		};
		boolean drift = state == AwsState.READY && action == Action.UPDATE && row.specApplied();
		return new Decision(action, state, drift);
	}

	/** The phase a transition in AWS shows as. */
	static Phase transitionPhase(AwsState state, Phase current) {
		return switch (state) {
			case CREATING -> Phase.CREATING;
			case UPDATING -> Phase.UPDATING;
			default -> current;
		};
	}

}
