package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A command for someone else to run in a POSIX shell (another account's owner, an operator): its
 * arguments, and the same as one line in which every argument that is not plainly safe is
 * single-quoted, so no value from a request can become shell syntax.
 *
 * @param argv the program and its arguments, exactly as they must arrive
 */
record ShellCommand(List<String> argv) {

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

	ShellCommand {
		argv = List.copyOf(argv);
	}

	static ShellCommand of(String... argv) {
		return new ShellCommand(List.of(argv));
	}

	/** The command line, each argument quoted when it needs to be. */
	String line() {
		return argv.stream().map(ShellCommand::quote).collect(Collectors.joining(" "));
	}

	/** {@code value} as one shell word: as is when plainly safe, else in single quotes with {@code '} escaped. */
	static String quote(String value) {
		if (!value.isEmpty() && SAFE.matcher(value).matches()) {
			return value;
		}
		return "'" + value.replace("'", "'\"'\"'") + "'";
	}

}
