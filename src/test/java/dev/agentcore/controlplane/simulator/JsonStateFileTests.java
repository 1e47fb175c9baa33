package dev.agentcore.controlplane.simulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Where and how a simulated kind's items are kept: beside the state file, replaced whole, nothing without one. */
class JsonStateFileTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	record Kept(List<String> items, long sequence) {
	}

	@Test
	void aKindsFileSitsBesideTheStateFileAndIsReplacedWholeOnEachSave(@TempDir Path directory) {
		Path file = JsonStateFile.beside(directory.resolve("nested/simulator.json"), ".policies.json");
		assertThat(file).isEqualTo(directory.resolve("nested/simulator.json.policies.json"));
		assertThat(JsonStateFile.kept(file)).isFalse();

		JsonStateFile.write(JSON, file, new Kept(List.of("a", "b"), 2), "test items");
		JsonStateFile.write(JSON, file, new Kept(List.of("c"), 3), "test items");

		assertThat(JsonStateFile.kept(file)).isTrue();
		assertThat(JSON.readValue(file.toFile(), Kept.class)).isEqualTo(new Kept(List.of("c"), 3));
		assertThat(Files.exists(file.resolveSibling(file.getFileName() + ".tmp"))).isFalse();
	}

	@Test
	void withoutAStateFileNothingIsKept(@TempDir Path directory) {
		Path file = JsonStateFile.beside(null, ".iam.json");

		JsonStateFile.write(JSON, file, new Kept(List.of("a"), 1), "test items");

		assertThat(file).isNull();
		assertThat(JsonStateFile.kept(file)).isFalse();
		assertThat(directory.toFile().list()).isEmpty();
	}

}
