package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import tools.jackson.databind.JsonNode;

/**
 * What a {@link SimulatedStore} needs to know of one simulated kind: an item's id, its place in list
 * order, its client token and the create request that token answers, when its transition completes, and
 * the kind's rule for what a completed transition becomes ({@code null}: the item is gone).
 *
 * @param <T> the kind's record
 */
record SimulatedShape<T>(Function<T, String> id, ToLongFunction<T> sequence, Function<T, String> clientToken,
		Function<T, JsonNode> createRequest, Function<T, Instant> settlesAt, Settling<T> settling) {

	/** A kind without client tokens whose items are what they are at once (no transitions), listed by {@code sequence}. */
	static <T> SimulatedShape<T> settled(Function<T, String> id, ToLongFunction<T> sequence) {
		return new SimulatedShape<>(id, sequence, item -> null, item -> null, item -> null, (item, faults) -> item);
	}

	/** A kind without client tokens, transitions or pages of its own. */
	static <T> SimulatedShape<T> settled(Function<T, String> id) {
		return settled(id, item -> 0);
	}

	/** A kind without client tokens or pages of its own, whose items settle at {@code settlesAt} by its rule. */
	static <T> SimulatedShape<T> transitioning(Function<T, String> id, Function<T, Instant> settlesAt, Settling<T> settling) {
		return new SimulatedShape<>(id, item -> 0, item -> null, item -> null, settlesAt, settling);
	}

	/** The kind's rule: what an item whose transition has completed becomes, under the faults in force. */
	@FunctionalInterface
	interface Settling<T> {

		/** The settled item, or {@code null} when the completed transition removes it. */
		T settled(T item, Faults faults);

	}

}
