package dev.agentcore.controlplane.simulator;

import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Keeps the simulated account's policy engines and policies next to its gateways' state file
 * ({@code <state file>.policies.json}), replaced atomically on each save; in memory without one.
 */
@Component
@Profile({ "local", "simulator" })
class PolicyStateFile {

	private static final Logger log = LoggerFactory.getLogger(PolicyStateFile.class);

	private final Path file;

	private final JsonMapper json;

	PolicyStateFile(SimulatorSettings settings, JsonMapper json) {
		this.file = JsonStateFile.beside(settings.stateFile(), ".policies.json");
		this.json = json;
	}

	State load() {
		if (!JsonStateFile.kept(file)) {
			return State.EMPTY;
		}
		try {
			return json.readValue(file.toFile(), State.class);
		}
		catch (RuntimeException ex) {
			log.warn("Simulated policy engines in {} are unreadable; started without them", file);
			return State.EMPTY;
		}
	}

	void save(State state) {
		JsonStateFile.write(json, file, state, "simulated policy engines");
	}

	record State(List<SimulatedPolicyEngine> engines, List<SimulatedPolicy> policies, long sequence) {

		static final State EMPTY = new State(List.of(), List.of(), 0);

	}

}
