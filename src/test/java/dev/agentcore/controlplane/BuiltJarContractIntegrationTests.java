package dev.agentcore.controlplane;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.support.BuiltJar;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link BuiltJarContract} on the jar as {@code java -jar target/*.jar} starts it. */
class BuiltJarContractIntegrationTests extends BuiltJarContract {

	@BeforeAll
	static void start() throws IOException {
		startTheJar(BuiltJar.JVM_FLAGS);
	}

	@Test
	void itRunsThePlainContext() {
		assertThat(controlPlane.output()).contains("Started ControlPlaneApplication")
			.doesNotContain("AOT-processed");
	}

}
