package dev.agentcore.controlplane;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlPlaneApplicationTests {

	@Test
	void simulatorProfileStartsOnlyTheSimulator() {
		assertThat(ControlPlaneApplication.simulatorOnly(new String[] { "--spring.profiles.active=simulator" })).isTrue();
		assertThat(ControlPlaneApplication.simulatorOnly(new String[] { "--spring.profiles.active=local" })).isFalse();
		assertThat(ControlPlaneApplication.simulatorOnly(new String[0])).isFalse();
	}

}
