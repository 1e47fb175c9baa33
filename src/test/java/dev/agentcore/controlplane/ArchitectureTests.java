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

	/**
	 * URLs users give (discovery documents, JWKS, token endpoints, webhooks) are fetched only through the guarded
	 * client in {@code outbound}; the probe ({@code agentaccess}) calls only AgentCore's gateway endpoints, the
	 * simulator only its own account, and {@code provisioning.aws} only AWS. No other code opens a connection.
	 */
	@Test
	void onlyTheGuardedClientTheProbeTheSimulatorAndTheAwsAdapterOpenConnections() {
		noClasses().that()
			.resideOutsideOfPackages("..outbound..", "..agentaccess..", "..simulator..", "..provisioning.aws..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.net.http..", "org.springframework.web.client..",
					"org.springframework.web.reactive.function.client..")
				.or(JavaClass.Predicates.assignableTo(java.net.Socket.class))
				.or(JavaClass.Predicates.assignableTo(java.net.URLConnection.class)))
			.because("an outbound call elsewhere would bypass the address policy, deadline and size cap of GuardedFetch")
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
