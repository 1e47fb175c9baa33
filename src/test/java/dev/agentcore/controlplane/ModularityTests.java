package dev.agentcore.controlplane;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ControlPlaneApplication.class);

	@Test
	void modulesDependOnEachOtherOnlyThroughTheirApis() {
		modules.verify();
	}

	/** provisioning → {gateway, gatewaytarget, idp, ...} → resource → web, and never back. */
	@Test
	void dependenciesPointOneWay() {
		assertThat(dependencies("web")).doesNotContain("resource", "gateway", "gatewaytarget", "idp", "provisioning");
		assertThat(dependencies("resource")).contains("web")
			.doesNotContain("gateway", "gatewaytarget", "idp", "provisioning", "security");
		for (String managed : Set.of("gateway", "gatewaytarget")) {
			assertThat(dependencies(managed)).as(managed).contains("resource").doesNotContain("provisioning");
		}
		assertThat(dependencies("idp")).doesNotContain("provisioning", "gateway", "gatewaytarget");
		assertThat(dependencies("outbound")).as("any module may use the guarded client").containsOnly("web");
		assertThat(dependencies("provisioning")).contains("gateway", "gatewaytarget", "idp", "resource");
		modules.stream()
			.filter(module -> !Set.of("local", "simulator").contains(module.getName()))
			.forEach(module -> assertThat(dependencies(module.getName())).as(module.getName())
				.doesNotContain("local", "simulator"));
	}

	@Test
	void documentsTheModules() {
		Documenter documenter = new Documenter(modules);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists()
			.content()
			.contains("Provisioning", "Gateway", "Gatewaytarget", "Resource", "Idp", "Permissions", "Simulator");
	}

	private Set<String> dependencies(String name) {
		ApplicationModule module = modules.getModuleByName(name).orElseThrow();
		return module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)
			.collect(Collectors.toSet());
	}

}
