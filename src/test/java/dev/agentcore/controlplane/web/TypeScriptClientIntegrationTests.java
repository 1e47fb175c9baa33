package dev.agentcore.controlplane.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TypeScript client generated from the committed contract (typescript-fetch, by the build's
 * openapi-generator execution) type-checks under strict tsc.
 */
class TypeScriptClientIntegrationTests {

	static final Path CLIENT = Path.of("target", "generated-clients", "typescript");

	@Test
	void generatedClientTypeChecks() {
		Path tsc = NodeTools.bin().resolve("tsc").toAbsolutePath();
		assertThat(CLIENT.resolve("index.ts")).as("the build generates the client in generate-test-sources").exists();
		NodeTools.Result check = NodeTools.run(CLIENT, List.of(tsc.toString(), "--noEmit", "--strict", "--target", "ES2020",
				"--module", "commonjs", "--moduleResolution", "node", "--lib", "ES2020,DOM", "index.ts"), 300);
		assertThat(check.exitCode()).as("tsc on the generated client:\n" + check.output()).isZero();
		assertThat(Files.exists(CLIENT.resolve("apis").resolve("GatewaysApi.ts"))).isTrue();
	}

}
