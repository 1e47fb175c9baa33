package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * The items of one simulated kind, with what every kind shares written once: client-token idempotency
 * (the same request answers the item it created, another answers IdempotentParameterMismatchException),
 * paged listing in creation order, lazy completion of transitions by the kind's {@link SimulatedShape}
 * rule, the start of a transition (its time, its end after the faults' delay, the state file saved), and the
 * list a state file keeps. Not thread-safe: its owner's lock guards it.
 *
 * @param <T> the kind's record
 */
final class SimulatedStore<T> {

	private final SimulatedShape<T> shape;

	private final Map<String, T> items = new LinkedHashMap<>();

	private Timing timing = Timing.unsaved(Clock.systemUTC(), () -> Duration.ZERO);

	SimulatedStore(SimulatedShape<T> shape, List<T> kept) {
		this.shape = shape;
		kept.forEach(this::put);
	}

	/** A store its owner keeps in memory only (no state file): it starts empty. */
	static <T> SimulatedStore<T> inMemory(SimulatedShape<T> shape) {
		return new SimulatedStore<>(shape, List.of());
	}

	/**
	 * When the owner's transitions happen and what keeps its state.
	 *
	 * @param clock the owner's clock
	 * @param delay how long a transition takes (the faults' transition delay)
	 * @param save keeps the owner's state file, once an item changed
	 */
	record Timing(Clock clock, Supplier<Duration> delay, Runnable save) {

		/** Transitions of an owner that keeps no state file. */
		static Timing unsaved(Clock clock, Supplier<Duration> delay) {
			return new Timing(clock, delay, () -> {
			});
		}

	}

	/** This store with the owner's {@code timing}, for {@link #start}. */
	SimulatedStore<T> timed(Timing timing) {
		this.timing = timing;
		return this;
	}

	/** What an item becomes when a transition starts {@code now} and completes at {@code settlesAt}. */
	@FunctionalInterface
	interface Started<T> {

		T at(Instant now, Instant settlesAt);

	}

	/**
	 * Starts a transition (a create, an update, a deletion, a synchronization): keeps the item {@code started}
	 * builds for now and the time it completes, and saves the owner's state. Returns the kept item.
	 */
	T start(Started<T> started) {
		Instant now = timing.clock().instant();
		T item = put(started.at(now, now.plus(timing.delay().get())));
		timing.save().run();
		return item;
	}

	Optional<T> find(String id) {
		return Optional.ofNullable(items.get(id));
	}

	boolean contains(String id) {
		return items.containsKey(id);
	}

	T put(T item) {
		items.put(shape.id().apply(item), item);
		return item;
	}

	void remove(String id) {
		items.remove(id);
	}

	void removeIf(Predicate<T> filter) {
		items.values().removeIf(filter);
	}

	int size() {
		return items.size();
	}

	/** Every item, in creation order: what the state file keeps. */
	List<T> all() {
		return List.copyOf(items.values());
	}

	List<T> matching(Predicate<T> filter) {
		return items.values().stream().filter(filter).toList();
	}

	boolean any(Predicate<T> filter) {
		return items.values().stream().anyMatch(filter);
	}

	/**
	 * The item a repeated create answers: the one of those in {@code scope} created with {@code token}, if
	 * {@code request} (without its token) is the one that created it; ValidationException with reason
	 * IdempotentParameterMismatchException if it is another. Empty when there is no token or no such item.
	 */
	Optional<T> repeated(String token, JsonNode request, Predicate<T> scope) {
		if (token == null) {
			return Optional.empty();
		}
		JsonNode fingerprint = SimulatedRequests.withoutToken(request);
		for (T existing : items.values()) {
			if (scope.test(existing) && token.equals(shape.clientToken().apply(existing))) {
				return Optional.of(SimulatedRequests.repeated(existing, shape.createRequest().apply(existing), fingerprint));
			}
		}
		return Optional.empty();
	}

	/** One page of the items {@code filter} keeps, in creation order, as AgentCore pages its lists. */
	Pages.Page<T> page(Predicate<T> filter, Integer maxResults, String nextToken) {
		return Pages.page(matching(filter), shape.sequence(), maxResults, nextToken);
	}

	/** Completes every transition whose time has come by the kind's rule; returns whether anything changed. */
	boolean settle(Instant now, Faults faults) {
		boolean changed = false;
		for (T item : List.copyOf(items.values())) {
			Instant settlesAt = shape.settlesAt().apply(item);
			if (settlesAt != null && !now.isBefore(settlesAt)) {
				changed = true;
				T settled = shape.settling().settled(item, faults);
				if (settled == null) {
					items.remove(shape.id().apply(item));
				}
				else {
					put(settled);
				}
			}
		}
		return changed;
	}

}
