package dev.agentcore.controlplane.cedar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CedarLibraryTests {

	@Test
	void theNativeLibraryLoadsOnThisPlatform() {
		CedarLibrary.Availability availability = CedarLibrary.check();

		assertThat(availability.loaded()).as(availability.problem()).isTrue();
		assertThat(availability.platform()).isEqualTo(
				System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT) + "/" + System.getProperty("os.arch"));
		assertThat(availability.problem()).isNull();
	}

}
