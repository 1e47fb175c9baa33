package dev.agentcore.controlplane.simulator;

import java.nio.file.Path;
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
		this.file = JsonStateFile.beside(settings.stateFile(), ".iam.json");
		this.json = json;
	}

	/** The kept roles; null for a fresh account. */
	List<SimulatedRole> load() {
		if (!JsonStateFile.kept(file)) {
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
		JsonStateFile.write(json, file, roles, "simulated IAM state");
	}

}
