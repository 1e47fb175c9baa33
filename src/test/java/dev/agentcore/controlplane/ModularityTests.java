package dev.agentcore.controlplane;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ControlPlaneApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApis() {
		modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
