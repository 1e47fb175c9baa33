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
		assertThat(dependencies("resource")).as("resource depends on nothing but web").containsOnly("web");
		assertThat(dependencies("cedar")).as("cedar is pure: the simulator uses it too").isEmpty();
		assertThat(dependencies("servicemodel")).as("the service model is data and its reader").isEmpty();
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
			.collect(Collectors.toSet())).as("docs/architecture.md: only plan (rehearsals) and adoption (imports) use the provisioner")
			.containsExactlyInAnyOrder("plan", "adoption");
		modules.stream()
			.filter(module -> !Set.of("local", "simulator").contains(module.getName()))
			.forEach(module -> assertThat(dependencies(module.getName())).as(module.getName())
				.doesNotContain("local", "simulator"));
	}

	/**
	 * docs/architecture.md draws the modules as a mermaid flowchart without redundant arrows: every arrow it draws is a
	 * direct dependency, and a module depends on another exactly when the picture leads from one to the other.
	 */
	@Test
	void theArchitecturePageDrawsTheDependencies() throws java.io.IOException {
		java.util.Map<String, Set<String>> drawn = new java.util.TreeMap<>();
		String page = java.nio.file.Files.readString(Path.of("docs", "architecture.md"));
		int start = page.indexOf("```mermaid");
		assertThat(start).as("docs/architecture.md has a ```mermaid module diagram").isNotNegative();
		for (String line : page.substring(start, page.indexOf("\n```", start + 1)).split("\n")) {
			String[] chain = line.strip().split("\\s*-->\\s*");
			for (int index = 0; index + 1 < chain.length; index++) {
				drawn.computeIfAbsent(chain[index], name -> new java.util.TreeSet<>()).add(chain[index + 1]);
			}
		}
		Set<String> notADependency = new java.util.TreeSet<>();
		drawn.forEach((module, arrows) -> arrows.stream()
			.filter(target -> modules.getModuleByName(module).isEmpty() || !dependencies(module).contains(target))
			.forEach(target -> notADependency.add(module + " --> " + target)));
		Set<String> notShown = new java.util.TreeSet<>();
		modules.forEach(module -> dependencies(module.getName()).stream()
			.filter(target -> !reachable(drawn, module.getName()).contains(target))
			.forEach(target -> notShown.add(module.getName() + " --> " + target)));
		assertThat(notADependency).as("arrows docs/architecture.md draws that are no dependency: remove them").isEmpty();
		assertThat(notShown).as("dependencies docs/architecture.md's diagram does not lead to: draw them").isEmpty();
	}

	private static Set<String> reachable(java.util.Map<String, Set<String>> arrows, String from) {
		Set<String> seen = new java.util.HashSet<>();
		java.util.Deque<String> next = new java.util.ArrayDeque<>(arrows.getOrDefault(from, Set.of()));
		while (!next.isEmpty()) {
			String module = next.pop();
			if (seen.add(module)) {
				next.addAll(arrows.getOrDefault(module, Set.of()));
			}
		}
		return seen;
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
