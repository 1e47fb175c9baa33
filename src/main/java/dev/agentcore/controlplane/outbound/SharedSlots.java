package dev.agentcore.controlplane.outbound;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A pool of slots shared by teams, of which one team may hold at most its share: a team that fills
 * its share with slow work is refused more, and the rest of the pool stays free for the others.
 * Keyed by any string (a team, or a subject for callers without one); a null key takes from the
 * pool only. In memory, per replica.
 */
public final class SharedSlots {

	private final int total;

	private final int perKey;

	private final Map<String, Integer> held = new ConcurrentHashMap<>();

	private int inUse;

	/**
	 * @param total slots in the pool
	 * @param perKey most slots one key may hold at once
	 */
	public SharedSlots(int total, int perKey) {
		this.total = total;
		this.perKey = perKey;
	}

	/** Why no slot was taken, or null when one was: the caller must {@link #release} it. */
	public synchronized Refusal tryAcquire(String key) {
		if (key != null && held.getOrDefault(key, 0) >= perKey) {
			return Refusal.SHARE_IN_USE;
		}
		if (inUse >= total) {
			return Refusal.POOL_IN_USE;
		}
		inUse++;
		if (key != null) {
			held.merge(key, 1, Integer::sum);
		}
		return null;
	}

	public synchronized void release(String key) {
		inUse--;
		if (key != null) {
			held.computeIfPresent(key, (k, count) -> count <= 1 ? null : count - 1);
		}
	}

	/** Slots this key holds now. */
	public synchronized int heldBy(String key) {
		return held.getOrDefault(key, 0);
	}

	/** Slots held by anyone now. */
	public synchronized int inUse() {
		return inUse;
	}

	public int perKey() {
		return perKey;
	}

	/** Why a slot was refused. */
	public enum Refusal {

		/** This key already holds its share. */
		SHARE_IN_USE,
		/** Every slot of the pool is held. */
		POOL_IN_USE

	}

}
