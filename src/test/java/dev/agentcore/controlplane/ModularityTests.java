package dev.agentcore.controlplane;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Lazy;

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
		assertThat(dependencies("provisioning")).contains("gateway", "gatewaytarget", "idp", "resource")
			.doesNotContain("plan", "adoption");
		assertThat(modules.stream()
			.map(ApplicationModule::getName)
			.filter(name -> dependencies(name).contains("provisioning"))
			.collect(Collectors.toSet())).as("the README: only plan (rehearsals) and adoption (imports) use the provisioner")
			.containsExactlyInAnyOrder("plan", "adoption");
		modules.stream()
			.filter(module -> !Set.of("local", "simulator").contains(module.getName()))
			.forEach(module -> assertThat(dependencies(module.getName())).as(module.getName())
				.doesNotContain("local", "simulator"));
	}

	/** A runtime cycle between beans is removed, not hidden behind a lazy proxy (the context refuses cycles). */
	@Test
	void noInjectionIsLazy() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.agentcore.controlplane");
		List<String> lazy = classes.stream()
			.flatMap(type -> type.getConstructors().stream())
			.filter(constructor -> constructor.getParameters().stream()
				.anyMatch(parameter -> parameter.isAnnotatedWith(Lazy.class)))
			.map(JavaConstructor::getFullName)
			.toList();
		assertThat(lazy).isEmpty();
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
