package dev.agentcore.controlplane.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the simulator keeps a store's items in a JSON file, written once: a kind's file sits next to the
 * configured state file, a save replaces it atomically, and without a configured file nothing is kept.
 * What an unreadable file means stays with each kind's own state file.
 */
final class JsonStateFile {

	private JsonStateFile() {
	}

	/** {@code <state file><suffix>}, or null when the simulator keeps no state file. */
	static Path beside(Path stateFile, String suffix) {
		return stateFile == null ? null : stateFile.resolveSibling(stateFile.getFileName() + suffix);
	}

	/** Whether there is a kept file to read. */
	static boolean kept(Path file) {
		return file != null && Files.isRegularFile(file);
	}

	/** Replaces {@code file} with {@code state} atomically; does nothing without a file. */
	static void write(JsonMapper json, Path file, Object state, String what) {
		if (file == null) {
			return;
		}
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			json.writeValue(temporary.toFile(), state);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the " + what + " in " + file, ex);
		}
	}

	/** The kept state, or {@code empty} without a file or when it is unreadable (said in the log). */
	static <T> T read(JsonMapper json, Path file, Class<T> type, T empty) {
		if (!kept(file)) {
			return empty;
		}
		try {
			return json.readValue(file.toFile(), type);
		}
		catch (RuntimeException ex) {
			org.slf4j.LoggerFactory.getLogger(JsonStateFile.class).warn("{} is unreadable; started without it", file);
			return empty;
		}
	}

}
