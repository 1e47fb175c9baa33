package dev.agentcore.controlplane.cedar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small least-recently-used map for what Cedar parses once and uses often: generated schemas and
 * policy sets, kept parsed in the native library (their {@code cache()}), and statements' scopes. An
 * evicted entry's native copy is freed when the Java object is collected (cedar-java registers a
 * cleaner), so the native caches (1024 entries each by default) never fill with entries no one holds.
 */
final class NativeCache<K, V> {

	private final Map<K, V> entries;

	NativeCache(int capacity) {
		this.entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}
		});
	}

	V get(K key, Function<K, V> create) {
		V found = entries.get(key);
		if (found != null) {
			return found;
		}
		V created = create.apply(key);
		entries.put(key, created);
		return created;
	}

}
