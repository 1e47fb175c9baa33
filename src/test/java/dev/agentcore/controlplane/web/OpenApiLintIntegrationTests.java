package dev.agentcore.controlplane.web;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed contract is clean under Spectral's OpenAPI ruleset: no errors and no warnings. */
class OpenApiLintIntegrationTests {

	@Test
	void spectralFindsNothing() {
		Path spectral = NodeTools.bin().resolve("spectral").toAbsolutePath();
		NodeTools.Result lint = NodeTools.run(Path.of("."), List.of(spectral.toString(), "lint", "openapi/openapi.json",
				"--ruleset", "openapi/.spectral.yaml", "--fail-severity", "warn", "--format", "text"), 300);
		assertThat(lint.exitCode()).as("spectral lint openapi/openapi.json:\n" + lint.output()).isZero();
		assertThat(lint.output()).doesNotContain("warning").doesNotContain("error");
	}

}
