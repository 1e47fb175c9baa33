package dev.agentcore.controlplane.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #11, finding 3: compose runs profile local, so it publishes on the host's loopback only. */
class ComposeFileTests {

	@Test
	@SuppressWarnings("unchecked")
	void everyPublishedPortIsOnLoopback() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
		assertThat(services).containsKey("control-plane");
		services.forEach((name, service) -> {
			for (Object port : (List<Object>) service.getOrDefault("ports", List.of())) {
				assertThat(String.valueOf(port)).as(name).startsWith("127.0.0.1:");
			}
		});
	}

}
