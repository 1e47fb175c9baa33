package dev.agentcore.controlplane.simulator;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** Ids the simulated account gives its resources: a prefix and ten random characters. */
final class SimulatedIds {

	/** Lower-case letters and digits: the model's ResourceId pattern ends in {@code -[a-z0-9_]{10}}. */
	static final String MIXED = "abcdefghijklmnopqrstuvwxyz0123456789";

	private SimulatedIds() {
	}

	static String unique(String prefix, String alphabet, Predicate<String> taken) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (true) {
			StringBuilder id = new StringBuilder(prefix);
			for (int i = 0; i < 10; i++) {
				id.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			if (!taken.test(id.toString())) {
				return id.toString();
			}
		}
	}

}
