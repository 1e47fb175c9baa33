package dev.agentcore.controlplane.provisioning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.idp.StatusWriteOnTheSide;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.StatusColumns;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reconcile writes status columns and the history through its {@link Report} only (the report's
 * end-of-pass write and its declared checkpoints), so that what the API shows and what the history
 * says are committed together. Checked over the compiled code: a new direct writer anywhere in the
 * provisioner, or in what it calls in other modules, fails here and is named with the call that
 * reaches the write.
 */
class StatusWritesTests {

	private static final Map<String, List<String>> REACHED = new ConcurrentHashMap<>();

	/** Our classes only: what they call outside is known by name, which is all the rule needs (and much faster). */
	private static final JavaClasses CLASSES = ArchConfiguration.withThreadLocalScope(configuration -> {
		configuration.setResolveMissingDependenciesFromClassPath(false);
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.agentcore.controlplane");
	});

	/**
	 * The provisioner's only other JDBC users: the queue's table, and the metrics' counts (read only; what they run
	 * is still held to {@link #STATUS_TABLE_WRITE}).
	 */
	private static final Set<String> QUEUE_TABLE_USERS = Set.of(ProvisioningQueue.class.getName(),
			ProvisioningMetrics.class.getName(), ResourceCounts.class.getName());

	/** The tables {@link StatusColumns} subclasses write. */
	private static final Pattern STATUS_TABLE_WRITE = Pattern.compile(
			"(?i)\\b(update|insert\\s+into|delete\\s+from)\\s+(gateways|gateway_targets|idp_profiles|policy_engines|policies|execution_roles|resource_events)\\b");

	static final ArchRule ONLY_THE_REPORT_WRITES_STATUS = classes().that()
		.resideInAPackage("..provisioning..")
		.and(notTheReport())
		.should(new ArchCondition<>("not write status columns or the history, directly or through what they call in other"
				+ " modules (a void method of StatusColumns or a subclass, ResourceEvents.record), nor use a JdbcClient"
				+ " unless they are the queue's " + QUEUE_TABLE_USERS) {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				if (!QUEUE_TABLE_USERS.contains(type.getName()) && type.getDirectDependenciesFromSelf()
					.stream()
					.anyMatch(dependency -> dependency.getTargetClass().isAssignableTo(JdbcClient.class))) {
					events.add(SimpleConditionEvent.violated(type, type.getName() + " uses a JdbcClient"));
				}
				for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
					List<String> path = pathToWrite(call);
					if (path != null) {
						events.add(SimpleConditionEvent.violated(type, call.getDescription() + " writes status or history"
								+ " outside the Report: " + String.join(" -> ", path)));
					}
				}
			}

		})
		.because("a reconcile's status and its events are committed together by the Report (or a checkpoint it declares)");

	@Test
	void onlyTheReportWritesStatusOrHistoryInAReconcile() {
		ONLY_THE_REPORT_WRITES_STATUS.check(CLASSES);
	}

	@Test
	void theRuleFindsADirectStatusWriteAndAnEventAppended() {
		JavaClasses bypassing = new ClassFileImporter().importClasses(BypassingReconciler.class, Report.class);
		assertThat(violations(bypassing)).anySatisfy(line -> assertThat(line).contains("StatusColumns.apply"))
			.anySatisfy(line -> assertThat(line).contains("ResourceEvents.record"))
			.anySatisfy(line -> assertThat(line).contains("uses a JdbcClient"));
	}

	@Test
	void theRuleFindsAWriteHiddenInAnotherModulesMethod() {
		// Like ManagedProfiles.publishAuthorizer did: a public method of the idp module that wrote the status.
		JavaClasses hidden = new ClassFileImporter().importClasses(CallingAHiddenWriter.class, StatusWriteOnTheSide.class,
				dev.agentcore.controlplane.idp.IdpProfileStatus.class, StatusColumns.class);
		assertThat(violations(hidden)).singleElement()
			.satisfies(line -> assertThat(line).contains("StatusWriteOnTheSide.hiddenWrite -> IdpProfileStatus.phase"));
	}

	@Test
	void noProvisioningSourceUpdatesAStatusTableInSql() throws IOException {
		Path root = Path.of("src/main/java/dev/agentcore/controlplane/provisioning");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = STATUS_TABLE_WRITE.matcher(Files.readString(file));
				while (matcher.find()) {
					found.add(file.getFileName() + ": " + matcher.group());
				}
			}
		}
		assertThat(found).as("SQL writing a resource's table or its history from the provisioner").isEmpty();
		assertThat(STATUS_TABLE_WRITE.matcher("jdbc.sql(\"update gateway_targets set phase = ?\")").find())
			.as("the scan recognizes such SQL").isTrue();
	}

	/**
	 * The five writes that once bypassed the report (the managed Cognito steps' domain and client records and their
	 * AWS_CALL events, the profile's published authorizer, the target's synchronization and authorization URL, the
	 * gateway's workload identity) are in classes the rule checks: the provisioner's own classes are checked
	 * themselves, and the idp module's {@code ManagedProfiles} is followed from the calls that reach it.
	 */
	@Test
	void theWritersThatOnceBypassedTheReportAreWithinTheRulesReach() {
		for (Class<?> checked : List.of(ManagedIdpSteps.class, TargetReconciler.class, TargetWaits.class,
				GatewayReconciler.class)) {
			JavaClass type = CLASSES.get(checked);
			assertThat(type.getPackageName()).as(checked.getSimpleName()).startsWith("dev.agentcore.controlplane.provisioning");
			assertThat(notTheReport().test(type)).as(checked.getSimpleName()).isTrue();
			assertThat(type.getMethodCallsFromSelf()).as(checked.getSimpleName() + " has calls the rule looks at").isNotEmpty();
		}
		List<JavaMethodCall> intoManagedProfiles = CLASSES.stream()
			.filter(type -> type.getPackageName().startsWith("dev.agentcore.controlplane.provisioning"))
			.flatMap(type -> type.getMethodCallsFromSelf().stream())
			.filter(call -> call.getTargetOwner().getName().equals("dev.agentcore.controlplane.idp.ManagedProfiles"))
			.toList();
		assertThat(intoManagedProfiles).as("calls into ManagedProfiles, whose bodies the rule follows").isNotEmpty()
			.allSatisfy(call -> assertThat(followed(call)).isTrue());
	}

	private static List<String> violations(JavaClasses classes) {
		return ONLY_THE_REPORT_WRITES_STATUS.allowEmptyShould(true).evaluate(classes).getFailureReport().getDetails();
	}

	private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> notTheReport() {
		return com.tngtech.archunit.base.DescribedPredicate.describe("are not the Report",
				type -> !type.getName().equals(Report.class.getName())
						&& !type.getName().startsWith(Report.class.getName() + "$"));
	}

	/**
	 * The calls from {@code call} to a status or history write, following methods outside the
	 * provisioner (its own callers hand the Report values; other modules' methods must not write), or null.
	 */
	private static List<String> pathToWrite(JavaMethodCall call) {
		if (writes(call)) {
			return List.of(name(call));
		}
		if (!followed(call)) {
			return null;
		}
		List<String> below = reachedWrite(call.getTarget());
		if (below.isEmpty()) {
			return null;
		}
		List<String> path = new ArrayList<>(List.of(name(call)));
		path.addAll(below);
		return path;
	}

	/** The calls from the target's code to a write, or empty; remembered per method (a method being looked at counts as empty). */
	private static List<String> reachedWrite(AccessTarget.MethodCallTarget target) {
		String key = target.getFullName();
		List<String> known = REACHED.get(key);
		if (known != null) {
			return known;
		}
		REACHED.put(key, List.of());
		List<String> found = List.of();
		for (JavaCodeUnit method : target.resolveMember().stream().toList()) {
			for (JavaMethodCall next : method.getMethodCallsFromSelf()) {
				List<String> path = pathToWrite(next);
				if (path != null) {
					found = path;
					break;
				}
			}
		}
		REACHED.put(key, found);
		return found;
	}

	private static boolean followed(JavaMethodCall call) {
		String owner = call.getTargetOwner().getName();
		return owner.startsWith("dev.agentcore.controlplane.") && !owner.contains(".provisioning.");
	}

	private static String name(JavaMethodCall call) {
		return call.getTargetOwner().getSimpleName() + "." + call.getName();
	}

	private static boolean writes(JavaMethodCall call) {
		JavaClass owner = call.getTargetOwner();
		boolean statusWrite = owner.isAssignableTo(StatusColumns.class)
				&& call.getTarget().getRawReturnType().getName().equals("void");
		boolean historyWrite = owner.isAssignableTo(ResourceEvents.class) && call.getName().equals("record");
		return statusWrite || historyWrite;
	}

	/** What the rule must refuse: status and history written beside the report. */
	@SuppressWarnings("unused")
	static final class BypassingReconciler {

		void ready(StatusColumns status, ResourceEvents events, JdbcClient jdbc, Managed row) {
			status.apply(row.ref().id(), new dev.agentcore.controlplane.resource.StatusUpdate());
			events.record(row.ref(), dev.agentcore.controlplane.resource.EventType.AWS_CALL, "m", "provisioner", null);
		}

	}

	/** A provisioner class calling another module's method that writes status on the side. */
	@SuppressWarnings("unused")
	static final class CallingAHiddenWriter {

		void ready(StatusWriteOnTheSide writer, Managed row) {
			writer.hiddenWrite(row.ref().id());
		}

	}

}
