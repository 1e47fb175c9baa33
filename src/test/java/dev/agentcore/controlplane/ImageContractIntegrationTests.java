package dev.agentcore.controlplane;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.support.BuiltJar;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link BuiltJarContract} on the jar as the image starts it: Spring AOT's generated context. */
class ImageContractIntegrationTests extends BuiltJarContract {

	@BeforeAll
	static void start() throws IOException {
		startTheJar(BuiltJar.IMAGE_JVM_FLAGS);
	}

	@Test
	void itRunsSpringAotsGeneratedContextAsTheImageDoes() {
		assertThat(controlPlane.output()).contains("Starting AOT-processed ControlPlaneApplication")
			.doesNotContain("Started without Spring AOT");
	}

}
