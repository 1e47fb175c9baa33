package dev.agentcore.controlplane.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Keeps the simulated account in a JSON file, so restarting the embedded default never "loses"
 * AWS resources. Each save replaces the file atomically. Without a configured file, state lives
 * in memory only. A save is written by a thread of its own, the latest state only, so a call waits neither for the
 * file nor for the JSON of every gateway (which grew with the account: a create with a thousand gateways spent
 * milliseconds writing them all); stopping writes the last one. A killed process can lose the changes of its last
 * milliseconds (AWS's own API never does): a gateway created then is unknown after the restart, and the provisioner
 * creates it again.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatorStateFile {

	private static final Logger log = LoggerFactory.getLogger(SimulatorStateFile.class);

	private final Path file;

	private final JsonMapper json;

	/** The latest state not written yet. */
	private final AtomicReference<State> pending = new AtomicReference<>();

	private final ExecutorService writer = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("simulator-state").factory());

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

	/** Saves {@code state} (a snapshot the caller made) soon; a later save before it is written replaces it. */
	void save(State state) {
		if (file != null && pending.getAndSet(state) == null) {
			try {
				writer.execute(this::writePending);
			}
			catch (RejectedExecutionException stopping) {
				writePending();
			}
		}
	}

	/** Writes what is pending now: the last save before the application stops (and a test that reads the file). */
	@PreDestroy
	void flush() {
		writer.shutdown();
		try {
			writer.awaitTermination(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		writePending();
	}

	/** A write that fails is said in the log and tried again with the next save (or on stopping). */
	private synchronized void writePending() {
		State state = pending.getAndSet(null);
		if (state != null) {
			try {
				JsonStateFile.write(json, file, state, "simulated AgentCore state");
			}
			catch (UncheckedIOException ex) {
				log.warn("{}; the next change tries again", ex.getMessage(), ex.getCause());
				pending.compareAndSet(null, state);
			}
		}
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
