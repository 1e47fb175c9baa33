package dev.agentcore.controlplane.simulator;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/** Ids the simulated account gives its resources: a prefix and random characters (ten unless the service says otherwise). */
final class SimulatedIds {

	/** Lower-case letters and digits: the model's ResourceId pattern ends in {@code -[a-z0-9_]{10}}. */
	static final String MIXED = "abcdefghijklmnopqrstuvwxyz0123456789";

	/** Upper- and lower-case letters and digits (user pool ids, secret name suffixes). */
	static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + MIXED;

	private SimulatedIds() {
	}

	static String unique(String prefix, String alphabet, Predicate<String> taken) {
		return unique(prefix, alphabet, 10, taken);
	}

	/** The prefix and {@code length} random characters of the alphabet, an id {@code taken} says is free. */
	static String unique(String prefix, String alphabet, int length, Predicate<String> taken) {
		while (true) {
			String id = prefix + random(alphabet, length);
			if (!taken.test(id)) {
				return id;
			}
		}
	}

	/** {@code length} random characters of the alphabet (ids, generated secrets). */
	static String random(String alphabet, int length) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder value = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			value.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return value.toString();
	}

}
