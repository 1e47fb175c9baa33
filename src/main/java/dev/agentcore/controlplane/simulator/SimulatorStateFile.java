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
 * Keeps the simulated account in a JSON file, so restarting the embedded default never "loses"
 * AWS resources. Each save replaces the file atomically. Without a configured file, state lives
 * in memory only.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatorStateFile {

	private static final Logger log = LoggerFactory.getLogger(SimulatorStateFile.class);

	private final Path file;

	private final JsonMapper json;

	SimulatorStateFile(SimulatorSettings settings, JsonMapper json) {
		this.file = settings.stateFile();
		this.json = json;
	}

	State load() {
		if (!JsonStateFile.kept(file)) {
			return State.EMPTY;
		}
		try {
			State state = json.readValue(file.toFile(), State.class);
			if (state.gateways().stream().anyMatch(gateway -> gateway.members() == null)
					|| state.targets().stream().anyMatch(target -> target.members() == null)) {
				throw new IllegalStateException("gateways in an older format");
			}
			log.info("Simulated AgentCore resumed {} gateways and {} targets from {}", state.gateways().size(),
					state.targets().size(), file);
			return state;
		}
		catch (RuntimeException ex) {
			Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
			log.warn("Simulated AgentCore state in {} is unreadable; moved it to {} and started empty", file, aside);
			move(file, aside);
			return State.EMPTY;
		}
	}

	void save(State state) {
		JsonStateFile.write(json, file, state, "simulated AgentCore state");
	}

	private static void move(Path from, Path to) {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record State(List<SimulatedGateway> gateways, List<SimulatedTarget> targets, long sequence) {

		static final State EMPTY = new State(List.of(), List.of(), 0);

	}

}
