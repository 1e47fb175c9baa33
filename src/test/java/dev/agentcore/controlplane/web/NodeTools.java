package dev.agentcore.controlplane.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The Node tools of the contract tests (Spectral, tsc), pinned in openapi/tools/package.json and its
 * lock file, installed with {@code npm ci} into target/node-tools once and reused until the lock file
 * changes. Where Node is not installed the tests that need it are skipped, saying so.
 */
final class NodeTools {

	static final Path SOURCE = Path.of("openapi", "tools");

	static final Path HOME = Path.of("target", "node-tools");

	record Result(int exitCode, String output) {
	}

	private NodeTools() {
	}

	/** The installed tools' bin directory; skips the calling test when Node or npm is missing. */
	static synchronized Path bin() {
		String missing = missingTool();
		if (missing != null) {
			System.out.println("SKIPPED: " + missing + " is not installed; the contract checks that need Node (Spectral, tsc) "
					+ "run where it is (CI has it).");
			Assumptions.abort(missing + " is not installed");
		}
		try {
			Path lock = SOURCE.resolve("package-lock.json");
			Path installed = HOME.resolve("node_modules").resolve(".package-lock.json");
			Path stamp = HOME.resolve("package-lock.json");
			if (!Files.exists(installed) || !Files.exists(stamp) || Files.mismatch(lock, stamp) != -1) {
				Files.createDirectories(HOME);
				Files.copy(SOURCE.resolve("package.json"), HOME.resolve("package.json"), StandardCopyOption.REPLACE_EXISTING);
				Files.copy(lock, stamp, StandardCopyOption.REPLACE_EXISTING);
				Result install = run(HOME, List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), 600);
				if (install.exitCode() != 0) {
					throw new IllegalStateException("npm ci failed:\n" + install.output());
				}
			}
			return HOME.resolve("node_modules").resolve(".bin");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Result run(Path directory, List<String> command, long timeoutSeconds) {
		try {
			File log = File.createTempFile("node-tool", ".log");
			Process process = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log)
				.start();
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(command + " did not finish within " + timeoutSeconds + " s");
			}
			String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
			Files.delete(log.toPath());
			return new Result(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String missingTool() {
		for (String tool : List.of("node", "npm")) {
			try {
				Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
				process.getInputStream().readAllBytes();
				if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
					return tool;
				}
			}
			catch (IOException ex) {
				return tool;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return tool;
			}
		}
		return null;
	}

}
