package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.agentcore.controlplane.resource.ResourceType;

/**
 * Something a kind waits for, declared in its {@link ResourceKind}: another resource, found from the row, until
 * it is in a state that lets this one go on. The skeleton asks a kind's waits in order and reports the first
 * that holds it back (the phase stays, the message says what it waits for) instead of calling AWS.
 *
 * @param on the kind waited for
 * @param blocked what the row waits for; null when nothing
 * @param <R> the waiting row
 */
record Wait<R>(ResourceType on, Function<R, String> blocked) {

	/**
	 * Waits for the resource {@code find} returns (nothing to wait for when empty) until {@code satisfied}.
	 *
	 * @param message what the waiting row reports; it throws {@link Unreconcilable} when the resource will
	 * never be satisfied (e.g. it is being deleted and waits for this one), rather than wait forever
	 */
	static <R, P> Wait<R> forResource(ResourceType on, Function<R, Optional<P>> find, Predicate<P> satisfied,
			Function<P, String> message) {
		return new Wait<>(on, row -> find.apply(row).filter(found -> !satisfied.test(found)).map(message).orElse(null));
	}

	/** Waits until {@code remaining} (e.g. the children to be deleted first) is empty. */
	static <R, C> Wait<R> untilGone(ResourceType on, Function<R, List<C>> remaining, Function<List<C>, String> message) {
		return new Wait<>(on, row -> {
			List<C> left = remaining.apply(row);
			return left.isEmpty() ? null : message.apply(left);
		});
	}

	/** The same wait, for a row that holds this one's (e.g. a target's row holding its gateway). */
	<S> Wait<S> of(Function<S, R> part) {
		return new Wait<>(on, row -> blocked.apply(part.apply(row)));
	}

	/** The first of {@code waits} that holds the row back; null when none does. */
	static <R> String first(List<Wait<R>> waits, R row) {
		for (Wait<R> wait : waits) {
			String blocked = wait.blocked().apply(row);
			if (blocked != null) {
				return blocked;
			}
		}
		return null;
	}

}
