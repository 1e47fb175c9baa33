package dev.agentcore.controlplane;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar, started as an operator would with no profile and no settings, refuses. */
class JarStartupIntegrationTests {

	@Test
	void jarWithoutSettingsExitsNonZeroNamingThem() throws Exception {
		Path jar;
		try (var files = Files.list(Path.of("target"))) {
			jar = files.filter(file -> file.getFileName().toString().matches("gateway-control-plane-.*\\.jar"))
				.filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run 'package' first: no jar in target/"));
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar.toString(), "--server.port=0")
			.redirectErrorStream(true)
			.redirectOutput(File.createTempFile("jar-start", ".log"));
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CONTROLPLANE_"));
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar should stop by itself").isTrue();
		String output = Files.readString(builder.redirectOutput().file().toPath());
		assertThat(process.exitValue()).isNotZero();
		assertThat(output).contains("spring.datasource.url").contains("SPRING_DATASOURCE_URL").contains("issuer-uri");
	}

}
