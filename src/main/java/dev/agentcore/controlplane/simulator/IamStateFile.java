package dev.agentcore.controlplane.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Keeps the simulated IAM roles next to the simulated AgentCore's state file (its name with
 * {@code .iam.json}), replaced atomically on each change; without a state file, roles live in
 * memory only.
 */
@Component
@Profile({ "local", "simulator" })
class IamStateFile {

	private static final Logger log = LoggerFactory.getLogger(IamStateFile.class);

	private final Path file;

	private final JsonMapper json;

	IamStateFile(SimulatorSettings settings, JsonMapper json) {
		this.file = settings.stateFile() == null ? null
				: settings.stateFile().resolveSibling(settings.stateFile().getFileName() + ".iam.json");
		this.json = json;
	}

	/** The kept roles; null for a fresh account. */
	List<SimulatedRole> load() {
		if (file == null || !Files.isRegularFile(file)) {
			return null;
		}
		try {
			return List.of(json.readValue(file.toFile(), SimulatedRole[].class));
		}
		catch (RuntimeException ex) {
			log.warn("Simulated IAM state in {} is unreadable; starting from a fresh account", file);
			return null;
		}
	}

	void save(List<SimulatedRole> roles) {
		if (file == null) {
			return;
		}
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			json.writeValue(temporary.toFile(), roles);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the simulated IAM state in " + file, ex);
		}
	}

}
