package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What creates this replica made carried (a gateway's tags), per resource and generation, until the resource's first
 * READY pass takes it: AWS holds it then without a read to say so (issue #27: ListTagsForResource right after
 * CreateGateway waited a slot of the read quota to learn the tags it had just been given). Kept at most {@link #KEPT}
 * (a create that never becomes READY) and only in memory: after a restart or on another replica, the read is made.
 *
 * @param <T> what the create carried
 */
final class CarriedByCreate<T> {

	static final Duration KEPT = Duration.ofMinutes(10);

	private static final int PRUNE_ABOVE = 10_000;

	private record Carried<T>(long generation, T value, Instant at) {
	}

	private final Map<UUID, Carried<T>> carried = new ConcurrentHashMap<>();

	void remember(UUID id, long generation, T value) {
		Instant now = Instant.now();
		if (carried.size() > PRUNE_ABOVE) {
			carried.values().removeIf(old -> old.at().isBefore(now.minus(KEPT)));
		}
		carried.put(id, new Carried<>(generation, value, now));
	}

	/**
	 * Whether a create of the resource's {@code generation} carried exactly {@code value}, so AWS holds it; asked once
	 * (the first READY pass), later passes read AWS.
	 */
	boolean takeIfCarried(UUID id, long generation, T value) {
		Carried<T> found = carried.remove(id);
		return found != null && found.generation() == generation && found.value().equals(value)
				&& found.at().isAfter(Instant.now().minus(KEPT));
	}

}
