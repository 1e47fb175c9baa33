package dev.agentcore.controlplane.provisioning;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provisioner bean keeps its collaborators to itself and offers what others need through methods (as
 * {@link TargetWaits#status()} does for the target's reconciler); {@link ReconcileSupport} is the one bean whose
 * fields every reconciler shares by design.
 */
class CollaboratorFieldsTests {

	private static final JavaClasses PROVISIONER = ArchConfiguration.withThreadLocalScope(configuration -> {
		configuration.setResolveMissingDependenciesFromClassPath(false);
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.agentcore.controlplane.provisioning");
	});

	static final ArchRule BEANS_KEEP_THEIR_COLLABORATORS = fields().that()
		.areDeclaredInClassesThat()
		.areAnnotatedWith(Component.class)
		.and()
		.areNotStatic()
		.and()
		.areNotDeclaredIn(ReconcileSupport.class)
		.should()
		.bePrivate()
		.because("a bean reaching into another's fields depends on how that one is built, not on what it offers");

	@Test
	void provisionerBeansKeepTheirCollaboratorsPrivate() {
		assertThat(PROVISIONER.contain(TargetWaits.class)).as("the rule sees the provisioner's beans").isTrue();
		BEANS_KEEP_THEIR_COLLABORATORS.check(PROVISIONER);
	}

}
