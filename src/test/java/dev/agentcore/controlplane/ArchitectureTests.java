package dev.agentcore.controlplane;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Component;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.agentcore.controlplane");

	@Test
	void onlyTheAwsAdapterTouchesTheAwsSdk() {
		noClasses().that()
			.resideOutsideOfPackages("..provisioning.aws..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("software.amazon.awssdk..")
			.because("AWS SDK types stay behind the provisioner's port")
			.check(classes);
	}

	@Test
	void noFieldInjection() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(classes);
	}

	@Test
	void noBeanNeedsMoreThanSixDependencies() {
		classes().that()
			.areMetaAnnotatedWith(Component.class)
			.should(haveAtMostConstructorParameters(6))
			.because("a bean with more collaborators does too much: split it, or give it a facade")
			.check(classes);
	}

	private static ArchCondition<JavaClass> haveAtMostConstructorParameters(int most) {
		return new ArchCondition<>("have constructors of at most " + most + " parameters") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				for (JavaConstructor constructor : type.getConstructors()) {
					int count = constructor.getRawParameterTypes().size();
					if (count > most) {
						events.add(SimpleConditionEvent.violated(type,
								constructor.getFullName() + " takes " + count + " parameters"));
					}
				}
			}

		};
	}

}
