package dev.agentcore.controlplane.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A control plane killed hard (kill -9, a closed terminal) leaves its embedded PostgreSQL running
 * and holding the data directory; the next start would fail on the lock. Stop that orphan first.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stop(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty() : pid(lines.get(0));
		if (postmaster.isPresent() && postmaster.get().isAlive()
				&& postmaster.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
			log.warn("Stopping the embedded PostgreSQL (pid {}) left running by an earlier start", postmaster.get().pid());
			postmaster.get().destroy();
			postmaster.get().onExit().orTimeout(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).join();
		}
		Files.deleteIfExists(pidFile);
	}

	private static Optional<ProcessHandle> pid(String line) {
		try {
			return ProcessHandle.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
