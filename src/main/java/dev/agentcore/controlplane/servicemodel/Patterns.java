package dev.agentcore.controlplane.servicemodel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Compiled model patterns, kept: the model has a few hundred and every request checks some. */
final class Patterns {

	private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

	private Patterns() {
	}

	static Pattern compile(String pattern) {
		return COMPILED.computeIfAbsent(pattern, Pattern::compile);
	}

}
