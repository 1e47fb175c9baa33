package dev.agentcore.controlplane.provisioning;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The counts one scrape's gauges share: taken by the scrape's first gauge, read by the others. A scrape reads each
 * gauge once, so a gauge reading again means a new scrape has begun and the counts are taken again. Every reading is
 * thus newer than the same gauge's previous one (scrape, change, scrape again shows the change) and a scrape costs
 * one count however many gauges it reads; no clock is involved. Scrapes that overlap may take a count each, and any
 * other reader of the gauges (a push registry) counts in the same way.
 *
 * @param <K> what a gauge reads
 */
final class CountsPerScrape<K> {

	private final Supplier<Map<K, Long>> counting;

	private Map<K, Long> counts;

	private final Set<K> read = new HashSet<>();

	CountsPerScrape(Supplier<Map<K, Long>> counting) {
		this.counting = counting;
	}

	/** The count of {@code key}, 0 if none was counted. */
	synchronized long read(K key) {
		if (counts == null || read.contains(key)) {
			counts = counting.get();
			read.clear();
		}
		read.add(key);
		return counts.getOrDefault(key, 0L);
	}

	/** New gauges were added: the next reading counts again, since a new gauge has no previous reading to be newer than. */
	synchronized void forget() {
		counts = null;
	}

}
