package dev.agentcore.controlplane.cedar;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A small least-recently-used map for what Cedar parses once and uses often: generated schemas and
 * policy sets, kept parsed in the native library (their {@code cache()}), and statements' scopes. It is
 * bounded by count and by an estimate of the bytes its entries hold (Java and native), so a few large
 * entries cannot take the memory many small ones would. Only what the control plane stores goes in:
 * statements proposed in a what-if are parsed for that call and dropped. An evicted entry's native copy
 * is freed when the Java object is collected (cedar-java registers a cleaner), so the native caches (1024
 * entries each by default) never fill with entries no one holds.
 */
final class NativeCache<K, V> {

	private final LinkedHashMap<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true);

	private final int capacity;

	private final long maxBytes;

	private final ToLongFunction<K> weigher;

	private long bytes;

	private record Entry<V>(V value, long bytes) {
	}

	/**
	 * @param capacity the most entries held
	 * @param maxBytes the most bytes (estimated by {@code weigher}) held; an entry larger than this is not kept
	 * @param weigher the bytes an entry holds, estimated from its key
	 */
	NativeCache(int capacity, long maxBytes, ToLongFunction<K> weigher) {
		this.capacity = capacity;
		this.maxBytes = maxBytes;
		this.weigher = weigher;
	}

	V get(K key, Function<K, V> create) {
		synchronized (this) {
			Entry<V> found = entries.get(key);
			if (found != null) {
				return found.value();
			}
		}
		V created = create.apply(key);
		long weight = weigher.applyAsLong(key);
		if (weight > maxBytes) {
			return created;
		}
		synchronized (this) {
			Entry<V> previous = entries.put(key, new Entry<>(created, weight));
			bytes += weight - (previous == null ? 0 : previous.bytes());
			Iterator<Map.Entry<K, Entry<V>>> eldest = entries.entrySet().iterator();
			while ((entries.size() > capacity || bytes > maxBytes) && eldest.hasNext()) {
				bytes -= eldest.next().getValue().bytes();
				eldest.remove();
			}
		}
		return created;
	}

	synchronized int size() {
		return entries.size();
	}

	/** The estimated bytes held. */
	synchronized long bytes() {
		return bytes;
	}

	synchronized boolean anyKey(java.util.function.Predicate<K> test) {
		return entries.keySet().stream().anyMatch(test);
	}

}
