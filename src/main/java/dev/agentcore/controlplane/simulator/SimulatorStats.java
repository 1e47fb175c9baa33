package dev.agentcore.controlplane.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What happened in the simulated account since start-up: creations, deletions, calls and injected errors. */
final class SimulatorStats {

	long gatewaysCreated;

	long targetsCreated;

	long gatewaysDeleted;

	long targetsDeleted;

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> reads = new ConcurrentHashMap<>();

	void call(String operation) {
		calls.computeIfAbsent(operation, key -> new LongAdder()).increment();
	}

	/** A Get of one resource, by its id: how often a client looks at it. */
	void read(String resourceId) {
		reads.computeIfAbsent(resourceId, key -> new LongAdder()).increment();
	}

	void error(String type) {
		errors.computeIfAbsent(type, key -> new LongAdder()).increment();
	}

	View copy() {
		return new View(gatewaysCreated, targetsCreated, gatewaysDeleted, targetsDeleted, sum(calls), sum(errors),
				sum(reads));
	}

	private static Map<String, Long> sum(Map<String, LongAdder> counters) {
		return new java.util.TreeMap<>(
				counters.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())));
	}

	/**
	 * @param gatewaysCreated gateways the account created (a repeated client token creates none)
	 * @param targetsCreated targets the account created
	 * @param gatewaysDeleted gateways whose deletion completed
	 * @param targetsDeleted targets whose deletion completed
	 * @param calls calls per operation, errors included
	 * @param errors errors answered, per exception type
	 * @param reads Get calls per resource id (targets): how often a client looked at each
	 */
	record View(long gatewaysCreated, long targetsCreated, long gatewaysDeleted, long targetsDeleted,
			Map<String, Long> calls, Map<String, Long> errors, Map<String, Long> reads) {
	}

}
