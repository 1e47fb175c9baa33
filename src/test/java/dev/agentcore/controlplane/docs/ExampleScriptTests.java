package dev.agentcore.controlplane.docs;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.docs.DocumentationPages.Page;
import dev.agentcore.controlplane.docs.ExampleScript.Step;

import static org.assertj.core.api.Assertions.assertThat;

class ExampleScriptTests {

	private static final Page PAGE = Page.of("docs/demo.md", """
			# Demo

			```bash
			GW=$(curl -s localhost:8080/x | jq -r .id)
			curl -s localhost:8080/api/v1/gateways/$GW
			# => {"name": "demo"}
			# => READY
			echo done
			```

			```bash no-run
			./mvnw spring-boot:run
			```

			```json
			{"a": 1}
			```

			```bash
			echo again
			# => again
			```
			""");

	@Test
	void stepsEndAtStatedResultsAndNameTheirLines() {
		List<Step> steps = ExampleScript.of(PAGE).steps();
		assertThat(steps).extracting(Step::firstLine, Step::lastLine).containsExactly(
				org.assertj.core.groups.Tuple.tuple(4, 7), org.assertj.core.groups.Tuple.tuple(8, 8),
				org.assertj.core.groups.Tuple.tuple(20, 21));
		assertThat(steps.get(0).expectations()).containsExactly("{\"name\": \"demo\"}", "READY");
		assertThat(steps.get(0).where("docs/demo.md")).isEqualTo("docs/demo.md:4-7");
		assertThat(steps.get(1).expectations()).isEmpty();
	}

	@Test
	void onlyBashBlocksRunInOneShellOnTheRunnersPort() {
		String bash = ExampleScript.of(PAGE).bash("/tmp/out", 41234);
		assertThat(bash).startsWith("set -euo pipefail")
			.contains("curl -s localhost:41234/api/v1/gateways/$GW")
			.doesNotContain("8080", "spring-boot:run", "\"a\": 1")
			.contains("} > '/tmp/out/3.out' 2> '/tmp/out/3.err'\ntouch '/tmp/out/3.done'");
	}

	@Test
	void aStepUsingSomethingUnavailableStopsThePage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path outputs)
			throws Exception {
		Page page = Page.of("docs/demo.md", "```bash\nA=1\necho $A\n# => 1\necho $UNDEFINED_IN_THIS_PAGE\n# => x\n"
				+ "no-such-command-anywhere\n```\n```bash\necho after\n```\n");
		java.nio.file.Path script = outputs.resolve("page.sh");
		java.nio.file.Files.writeString(script, ExampleScript.of(page).bash(outputs.toString(), 1));
		new ProcessBuilder("bash", script.toString()).start().waitFor();
		assertThat(outputs.resolve("1.done")).as("a step that works").exists();
		assertThat(java.nio.file.Files.readString(outputs.resolve("1.out"))).isEqualTo("1\n");
		assertThat(outputs.resolve("2.done")).as("an undefined variable stops the page").doesNotExist();
		assertThat(outputs.resolve("4.out")).as("nothing after it runs").doesNotExist();
	}

	@Test
	void shellFencesThatWouldSilentlyNotRunAreRefused() {
		Page page = Page.of("README.md", "```sh\ncurl x\n```\n```\ncurl y\n```\n```bash norun\nls\n```\n```text\ncurl z\n```\n");
		assertThat(page.blocks()).extracting(DocumentationPages.Block::refusal)
			.satisfiesExactly(sh -> assertThat(sh).contains("```sh block is not run"),
					bare -> assertThat(bare).contains("unlabelled block with curl"),
					typo -> assertThat(typo).contains("unknown info string ```bash norun"),
					text -> assertThat(text).isNull());
	}

}
