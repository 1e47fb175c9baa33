package dev.agentcore.controlplane.simulator;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** IAM's rules for names and paths, its error for a name that breaks them, and its role ids. */
final class IamNames {

	static final Pattern ROLE = Pattern.compile("[\\w+=,.@-]{1,64}");

	static final Pattern POLICY = Pattern.compile("[\\w+=,.@-]{1,128}");

	private static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007E]{0,510}/");

	private IamNames() {
	}

	static void requireName(String name, String member, Pattern pattern) {
		if (name == null || !pattern.matcher(name).matches()) {
			throw IamError.validation("1 validation error detected: Value '" + name + "' at '" + member
					+ "' failed to satisfy constraint: Member must satisfy regular expression pattern: " + pattern.pattern());
		}
	}

	/** The path, "/" when none was given. */
	static String requirePath(String path) {
		String rolePath = path == null ? "/" : path;
		if (!PATH.matcher(rolePath).matches()) {
			throw IamError.validation("The specified value for path is invalid. It must begin and end with / and "
					+ "contain only alphanumeric characters and/or / characters.");
		}
		return rolePath;
	}

	/** Role names are unique ignoring case. */
	static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	static String roleId() {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		StringBuilder id = new StringBuilder("AROA");
		for (int i = 0; i < 17; i++) {
			id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return id.toString();
	}

}
