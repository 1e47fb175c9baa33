package dev.agentcore.controlplane.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.agentcore.controlplane.docs.DocumentationPages.Block;
import dev.agentcore.controlplane.docs.DocumentationPages.Page;
import dev.agentcore.controlplane.docs.ExampleScript.Step;
import dev.agentcore.controlplane.support.BuiltJar;
import dev.agentcore.controlplane.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ```bash block of README.md and docs/*.md, run with bash against a fresh embedded default (the built jar with
 * profile {@code local}, as {@code ./mvnw spring-boot:run} runs it, on a database of its own), each page in one
 * shell, and every {@code # =>} result the page states checked (docs/examples.md). A failure names the page, the
 * lines and what differed. {@code DOCS_PAGES=docs/identity.md} runs only the pages named.
 */
class DocumentationExamplesIntegrationTests {

	private static final Duration PAGE_PATIENCE = Duration.ofSeconds(300);

	@TempDir
	static Path workingDirectory;

	static BuiltJar embeddedDefault;

	@BeforeAll
	static void startTheEmbeddedDefault() {
		TestDatabase.Connection database = TestDatabase.isolated("documentation_examples");
		Map<String, String> environment = new HashMap<>();
		environment.put("SPRING_DATASOURCE_URL", database.url());
		environment.put("SPRING_DATASOURCE_USERNAME", database.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
		embeddedDefault = BuiltJar.start(workingDirectory, environment, "--spring.profiles.active=local")
			.awaitHealthy(Duration.ofSeconds(300));
	}

	@AfterAll
	static void stop() {
		if (embeddedDefault != null) {
			embeddedDefault.close();
		}
	}

	@Test
	void everyShellExampleShowsWhatItsPageSays() throws Exception {
		assertThat(new ProcessBuilder("jq", "--version").start().waitFor()).as("jq is needed by the examples").isZero();
		String token = Files.readString(workingDirectory.resolve(".local-data/admin-token")).strip();
		List<String> failures = new ArrayList<>();
		int steps = 0;
		for (Page page : DocumentationPages.all()) {
			for (Block block : page.blocks()) {
				if (block.refusal() != null) {
					failures.add(page.name() + ":" + block.firstLine() + ": " + block.refusal());
				}
			}
			ExampleScript script = ExampleScript.of(page);
			steps += script.steps().size();
			long started = System.nanoTime();
			String failure = run(script, token);
			System.out.printf("%s: %d steps, %d ms%s%n", page.name(), script.steps().size(),
					(System.nanoTime() - started) / 1_000_000, failure == null ? "" : ", FAILED");
			if (failure != null) {
				failures.add(failure);
			}
		}
		assertThat(failures).as("pages whose examples no longer show what they say (%d steps run)", steps).isEmpty();
	}

	/** Runs the page's script; null when every step succeeded and printed what the page states. */
	private static String run(ExampleScript script, String token) throws IOException, InterruptedException {
		if (script.steps().isEmpty()) {
			return null;
		}
		Path outputs = Files.createTempDirectory(workingDirectory, "outputs");
		Path file = outputs.resolve("page.sh");
		Files.writeString(file, script.bash(outputs.toString(), embeddedDefault.port()));
		ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", file.toString())
			.directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(outputs.resolve("bash.log").toFile());
		builder.environment().put("TOKEN", token);
		Process bash = builder.start();
		if (!bash.waitFor(PAGE_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
			bash.descendants().forEach(ProcessHandle::destroyForcibly);
			bash.destroyForcibly();
		}
		for (Step step : script.steps()) {
			String where = step.where(script.page().name());
			Path base = outputs.resolve(String.valueOf(step.number()));
			bash.waitFor();
			String output = read(base.resolveSibling(step.number() + ".out"));
			String errors = read(base.resolveSibling(step.number() + ".err"));
			if (!Files.exists(base.resolveSibling(step.number() + ".done"))) {
				return where + ": the commands failed (non-zero status, an undefined variable, a missing command) or did not "
						+ "finish within " + PAGE_PATIENCE.toSeconds() + " s\n  output: " + output + "\n  errors: " + errors
						+ read(outputs.resolve("bash.log"));
			}
			for (String stated : step.expectations()) {
				String mismatch = StatedResult.mismatch(
						stated.replace("localhost:8080", "localhost:" + embeddedDefault.port()), output);
				if (mismatch != null) {
					return where + ": " + mismatch + "\n  output: " + output + "\n  errors: " + errors;
				}
			}
		}
		return null;
	}

	private static String read(Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file).strip() : "";
	}

}
