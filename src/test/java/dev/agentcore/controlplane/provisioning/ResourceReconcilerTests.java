package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;


import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ProvisioningError;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The reconcile skeleton every kind shares, with a fake AWS and a fake database: the client token
 * committed before a create, adoption by name after a lost result, deletion, failures, and that status
 * and history are committed together (only the Report writes, in transactions).
 */
class ResourceReconcilerTests {

	static final UUID ID = UUID.fromString("0190f5a2-0000-7000-8000-000000000042");

	static final Duration POLL = Duration.ofSeconds(30);

	final FakeStore store = new FakeStore();

	final FakeAws aws = new FakeAws();

	final List<Object> announced = new ArrayList<>();

	Managed row = row(Phase.PENDING, 0, null, null, false);

	/** The kind's first poll of a transition (see {@link #settings}); set before {@link #things} is made. */
	Duration poll = POLL;

	/** What the fake kind declares its client calls (set before {@link #things} is made). */
	String[] iamActions = { "things:CreateThing" };

	final RateLimits limits = new RateLimits(settings(POLL), null);

	final Things things = new Things();

	static final UUID PARENT = UUID.fromString("0190f5a2-0000-7000-8000-0000000000aa");

	static final UUID CHILD = UUID.fromString("0190f5a2-0000-7000-8000-0000000000bb");

	/** The phase of what the fake kind waits for; null when there is nothing to wait for. */
	Phase parent;

	boolean twoSteps;


	AgentCoreFailure failSecondStep;

	@AfterEach
	void everyWriteWasInATransaction() {
		assertThat(store.outsideTransactions).isEmpty();
	}

	@Test
	void createCommitsTheClientTokenBeforeTheCallThatCarriesIt() {
		Next next = things.reconcile(ID);
		assertThat(aws.calls).containsExactly("create orders token " + ID + "-g1");
		assertThat(aws.committedBeforeCreate).as("the token, committed when AWS was called")
			.anySatisfy(write -> assertThat(write).startsWith("create_token = ?, create_pending_at = ? [" + ID + "-g1"));
		assertThat(store.holds("aws_thing_id = ?, aws_thing_arn = ?, create_pending_at = null")).isTrue();
		assertThat(store.holds("AWS_CALL: CreateThing: created thing-1")).isTrue();
		assertThat(store.holds("PHASE_CHANGED: PENDING -> CREATING")).isTrue();
		assertThat(next.isDone()).isFalse();
	}

	@Test
	void aPassThatFindsOnlyItsTurnAtTheQuotaWritesWithoutWaitingForTheDisk() {
		for (int i = 0; i < 20; i++) {
			limits.mutatingTurn("gateway:ahead-" + i);
		}
		Next next = things.reconcile(ID);
		assertThat(next.turn()).isTrue();
		assertThat(aws.calls).isEmpty();
		assertThat(store.holds("Waiting for its turn")).isTrue();
		assertThat(store.committed).as("the turn's message alone: the disk is not waited for").contains("synchronous_commit off");
	}

	@Test
	void aPassThatRecordsHistoryBeforeItsTurnWaitsForTheDisk() {
		for (int i = 0; i < 20; i++) {
			limits.mutatingTurn("gateway:ahead-" + i);
		}
		row = row(Phase.READY, 1, "thing-1", null, false);
		aws.exists("thing-1", "orders", "READY", false);
		Next next = things.reconcile(ID);
		assertThat(next.turn()).isTrue();
		assertThat(store.committed).as("the drift it found is history: it waits for the disk")
			.anySatisfy(write -> assertThat(write).contains("DRIFT"))
			.doesNotContain("synchronous_commit off");
	}

	@Test
	void aCreateAnsweredReadyIsReadyWithoutAnotherLook() {
		aws.createdStatus = "READY";
		Next next = things.reconcile(ID);
		assertThat(aws.calls).as("no observe after the create").containsExactly("create orders token " + ID + "-g1");
		assertThat(store.holds("PHASE_CHANGED: PENDING -> READY: Ready: generation 1 is in AWS.")).isTrue();
		assertThat(store.holds("observed_generation = greatest(observed_generation, ?)")).isTrue();
		assertThat(Duration.between(java.time.Instant.now(), next.at())).as("the next look is the drift check")
			.isGreaterThan(Duration.ofSeconds(10));
	}

	@Test
	void aCreateAnsweredInProgressIsLookedAtInTheSamePassAfterAShortFirstPoll() {
		Things quick = withPoll(Duration.ofMillis(10));
		aws.settledStatus = "READY";
		Next next = quick.reconcile(ID);
		assertThat(aws.calls).as("the first look made by the pass that created it, not by the queue after a round trip")
			.containsExactly("create orders token " + ID + "-g1", "observe thing-1");
		assertThat(aws.committedBeforeObserve).as("its identity committed before the look")
			.anySatisfy(write -> assertThat(write).contains("aws_thing_id = ?, aws_thing_arn = ?, create_pending_at = null"));
		assertThat(store.holds("PHASE_CHANGED: PENDING -> CREATING")).isTrue();
		assertThat(store.committed).as("only the identity's commit, for the look, does not wait for the disk")
			.filteredOn(write -> write.equals("synchronous_commit off"))
			.hasSize(1);
		assertThat(store.indexOf("synchronous_commit off")).as("in the transaction of the identity")
			.isGreaterThan(store.indexOf("create_pending_at = ?"))
			.isLessThan(store.indexOf("AWS_CALL: CreateThing"));
		assertThat(aws.committedBeforeCreate).as("the client token's commit waits for the disk")
			.doesNotContain("synchronous_commit off")
			.anySatisfy(write -> assertThat(write).contains("create_token"));
		assertThat(store.holds("PHASE_CHANGED: CREATING -> READY: Ready: generation 1 is in AWS.")).isTrue();
		assertThat(announced).as("what READY wakes").contains(new Wake.Due(ResourceType.TARGET, CHILD));
		assertThat(Duration.between(Instant.now(), next.at())).as("the next look is the drift check")
			.isGreaterThan(Duration.ofSeconds(10));
	}

	@Test
	void theFirstLookIsMadeAtOnceOnceTheIdentityIsCommittedWithoutWaitingForThePoll() {
		Things quick = withPoll(ResourceReconciler.FIRST_LOOK_IN_PASS);
		aws.settledStatus = "READY";
		long started = System.nanoTime();
		quick.reconcile(ID);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the first poll is not waited for in the pass")
			.isLessThan(ResourceReconciler.FIRST_LOOK_IN_PASS);
		assertThat(aws.calls).containsExactly("create orders token " + ID + "-g1", "observe thing-1");
		assertThat(store.holds("PHASE_CHANGED: CREATING -> READY")).isTrue();
	}

	@Test
	void aCreateStillInProgressAtTheFirstLookIsLeftToTheQueueAfterTheFirstPoll() {
		Things quick = withPoll(Duration.ofMillis(10));
		Next next = quick.reconcile(ID);
		assertThat(aws.calls).containsExactly("create orders token " + ID + "-g1", "observe thing-1");
		assertThat(store.holds("PHASE_CHANGED: PENDING -> CREATING")).isTrue();
		assertThat(store.holds("-> READY")).isFalse();
		assertThat(Duration.between(Instant.now(), next.at())).as("looked at again after the first poll")
			.isLessThanOrEqualTo(Duration.ofMillis(10));
	}

	@Test
	void aLongFirstPollLeavesTheFirstLookToTheQueue() {
		aws.settledStatus = "READY";
		Next next = things.reconcile(ID);
		assertThat(aws.calls).as("no thread held for a " + POLL + " poll").containsExactly("create orders token " + ID + "-g1");
		assertThat(store.holds("-> READY")).isFalse();
		assertThat(next.isDone()).isFalse();
	}

	@Test
	void createPendingWithoutAnIdAdoptsTheResourceFoundByName() {
		row = row(Phase.CREATING, 0, null, Instant.now(), false);
		aws.exists("thing-7", "orders", "CREATING", true);
		things.reconcile(ID);
		assertThat(aws.calls).as("no second create").containsExactly("findByName orders");
		assertThat(store.holds("AWS_CALL: CreateThing: adopted thing-7, created by an earlier attempt")).isTrue();
		assertThat(store.holds("thing-7, arn:thing-7")).as("its identity recorded").isTrue();
	}

	@Test
	void createPendingFoundNowhereIsCreatedWithTheSameToken() {
		row = row(Phase.CREATING, 0, null, Instant.now(), false);
		things.reconcile(ID);
		assertThat(aws.calls).containsExactly("findByName orders", "create orders token " + ID + "-g1");
	}

	@Test
	void conflictWithAResourceCreatedOutsideIsTerminalAndSaysWhatToDo() {
		aws.exists("thing-9", "orders", "READY", true);
		aws.failCreate = new AgentCoreFailure("ConflictException", 409, "exists", true, "req-1", null);
		Next next = things.reconcile(ID);
		assertThat(next.isDone()).isTrue();
		assertThat(store.holds("PHASE_CHANGED: PENDING -> FAILED")).isTrue();
		assertThat(store.holds("FAILED: AgentCore refused: A Thing named orders already exists in AWS, created outside")).isTrue();
		assertThat(store.holds("aws_thing_id")).as("not adopted").isFalse();
	}

	@Test
	void deletionOfWhatAwsNoLongerHasIsSuccessAndTheRowGoes() {
		row = row(Phase.READY, 1, "thing-1", null, true);
		Next next = things.reconcile(ID);
		assertThat(next.isDone()).isTrue();
		assertThat(aws.calls).containsExactly("observe thing-1");
		assertThat(store.removed).isTrue();
		assertThat(store.holds("DELETED: Thing orders deleted; AWS confirmed.")).isTrue();
		assertThat(announced).as("the parent it declares to wake once deleted").containsExactly(
				new Wake.Due(ResourceType.POLICY_ENGINE, PARENT));
	}

	@Test
	void deletionOfWhatNeverReachedAwsMakesNoCall() {
		row = row(Phase.PENDING, 0, null, null, true);
		things.reconcile(ID);
		assertThat(aws.calls).isEmpty();
		assertThat(store.holds("DELETED: Thing orders deleted (it never existed in AWS).")).isTrue();
	}

	@Test
	void deletionOfALostCreateFindsItByNameAndDeletesIt() {
		row = row(Phase.CREATING, 0, null, Instant.now(), true);
		aws.exists("thing-3", "orders", "READY", true);
		Next next = things.reconcile(ID);
		assertThat(aws.calls).containsExactly("findByName orders", "observe thing-3", "delete thing-3");
		assertThat(store.removed).as("until AWS confirms").isFalse();
		assertThat(store.holds("PHASE_CHANGED: CREATING -> DELETING")).isTrue();
		assertThat(next.isDone()).isFalse();
	}

	@Test
	void retryableFailureKeepsThePhaseAndSchedulesTheNextAttempt() {
		row = row(Phase.READY, 1, "thing-1", null, false);
		aws.failObserve = new AgentCoreFailure("ThrottlingException", 429, "slow down", true, "req-2", null);
		Instant before = Instant.now();
		Next next = things.reconcile(ID);
		assertThat(next.isDone()).isFalse();
		assertThat(next.at()).isAfter(before);
		assertThat(store.holds("attempts = ?")).isTrue();
		assertThat(store.holds("RETRY_SCHEDULED: AgentCore answered ThrottlingException. Retry 1 at")).isTrue();
		assertThat(store.holds("PHASE_CHANGED")).isFalse();
	}

	@Test
	void terminalFailureStopsUntilTheSpecChanges() {
		aws.failCreate = new AgentCoreFailure("ValidationException", 400, "bad name", false, "req-3", null);
		Next next = things.reconcile(ID);
		assertThat(next.isDone()).isTrue();
		assertThat(store.holds("attempts = attempts + 1, next_attempt_at = null")).isTrue();
		assertThat(store.holds("FAILED: AgentCore refused: bad name Fix the spec and PUT it")).isTrue();
		assertThat(store.holds("PHASE_CHANGED: PENDING -> FAILED")).isTrue();
	}

	@Test
	void awsHoldingTheSpecIsReadyAtTheGeneration() {
		row = row(Phase.UPDATING, 1, "thing-1", null, false, 2);
		aws.exists("thing-1", "orders", "READY", true);
		Next next = things.reconcile(ID);
		assertThat(aws.calls).containsExactly("observe thing-1");
		assertThat(store.holds("observed_generation = greatest(observed_generation, ?)")).isTrue();
		assertThat(store.holds("PHASE_CHANGED: UPDATING -> READY: Ready: generation 2 is in AWS.")).isTrue();
		assertThat(next.isDone()).isFalse();
	}

	@Test
	void awsChangedOutsideAnAppliedSpecIsDriftAndIsSetBack() {
		row = row(Phase.READY, 1, "thing-1", null, false);
		aws.exists("thing-1", "orders", "READY", false);
		things.reconcile(ID);
		assertThat(aws.calls).containsExactly("observe thing-1", "update thing-1");
		assertThat(store.holds("DRIFT_DETECTED: Thing thing-1 was changed outside the control plane")).isTrue();
		assertThat(store.indexOf("DRIFT_DETECTED")).isLessThan(store.indexOf("AWS_CALL: UpdateThing"));
	}

	@Test
	void aNewSpecIsNotDrift() {
		row = row(Phase.READY, 1, "thing-1", null, false, 2);
		aws.exists("thing-1", "orders", "READY", false);
		things.reconcile(ID);
		assertThat(aws.calls).containsExactly("observe thing-1", "update thing-1");
		assertThat(store.holds("DRIFT_DETECTED")).isFalse();
		assertThat(store.holds("AWS_CALL: UpdateThing: applying generation 2")).isTrue();
	}

	@Test
	void resourceDeletedOutsideIsForgottenAndCreatedAgain() {
		row = row(Phase.READY, 1, "thing-1", null, false);
		Next next = things.reconcile(ID);
		assertThat(store.holds("DRIFT_DETECTED: Thing thing-1 no longer exists in AWS")).isTrue();
		assertThat(store.holds("aws_thing_id = null")).isTrue();
		assertThat(next.at()).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void aFaultInTheStatusWriteRollsBackTheEventsOfThePass() {
		row = row(Phase.READY, 1, "thing-1", null, false, 2);
		aws.exists("thing-1", "orders", "READY", false);
		store.failStatementContaining = "phase";
		assertThatIllegalStateException().isThrownBy(() -> things.reconcile(ID)).withMessageContaining("fault injected");
		assertThat(aws.calls).contains("update thing-1");
		assertThat(store.committed).as("neither the UpdateThing call nor the phase it led to").isEmpty();
	}

	@Test
	void aFaultInTheStatusWriteKeepsOnlyTheCheckpointCommittedBeforeTheCall() {
		store.failStatementContaining = "aws_thing_id";
		assertThatIllegalStateException().isThrownBy(() -> things.reconcile(ID));
		assertThat(store.commits).isEqualTo(1);
		assertThat(store.committed).last().asString().startsWith("create_token = ?, create_pending_at = ?");
		assertThat(store.holds("CreateThing")).isFalse();
	}

	@Test
	void aCheckpointCommitsWhatTheReportHoldsSoFarWithItsWrites() {
		row = row(Phase.READY, 1, "thing-1", null, false, 2);
		aws.exists("thing-1", "orders", "READY", false);
		twoSteps = true;
		store.failStatementContaining = "phase";
		assertThatIllegalStateException().isThrownBy(() -> things.reconcile(ID));
		assertThat(store.commits).as("the checkpoint; the pass's own write failed").isEqualTo(1);
		assertThat(store.committed.subList(0, 2)).containsExactly("AWS_CALL: StepOne: first step", "AWS_CALL: StepTwo: second step");
		assertThat(store.committed.getLast()).isEqualTo("step_done = ? [two]");
		assertThat(store.holds("aws_status = ?")).as("what was observed before, with it").isTrue();
		assertThat(store.holds("UpdateThing")).as("what came after the checkpoint").isFalse();
	}

	@Test
	void callsBeforeAFailureThatCameBeforeTheCheckpointAreWrittenWithTheReport() {
		row = row(Phase.READY, 1, "thing-1", null, false, 2);
		aws.exists("thing-1", "orders", "READY", false);
		twoSteps = true;
		failSecondStep = new AgentCoreFailure("ThrottlingException", 429, "slow down", true, null, null);
		things.reconcile(ID);
		assertThat(store.commits).as("one transaction: the report's").isEqualTo(1);
		assertThat(store.indexOf("AWS_CALL: StepOne: first step")).isLessThan(store.indexOf("RETRY_SCHEDULED"));
		assertThat(store.holds("StepTwo")).isFalse();
		assertThat(store.holds("step_done")).isFalse();
	}

	@Test
	void aCheckpointAfterTheReportWasWrittenIsRefused() {
		Report report = things.support.report(store.status, row);
		report.write();
		assertThatIllegalStateException().isThrownBy(() -> report.checkpoint(store.status.stepDone("late")));
		assertThat(store.holds("late")).isFalse();
	}

	@Test
	void aChangeWhileTheReconcileRunsRequeuesAtOnce() {
		row = row(Phase.READY, 1, "thing-1", null, false);
		aws.exists("thing-1", "orders", "READY", true);
		Reconciler reconciler = new Reconciler(List.of(things), new SimpleMeterRegistry());
		Next unchanged = reconciler.run("gateway:" + ID);
		assertThat(unchanged.at()).as("drift check much later").isAfter(Instant.now().plusSeconds(60));
		aws.duringObserve = () -> store.changeMarker = "generation 2";
		Next changed = reconciler.run("gateway:" + ID);
		assertThat(changed.at()).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void aKindIsRegisteredOnceAndDeclaresWhatItsClientCalls() {
		assertThatIllegalStateException().isThrownBy(() -> new Reconciler(List.of(things, new Things()), new SimpleMeterRegistry()))
			.withMessageContaining("Two reconcilers of GATEWAY");
		iamActions = new String[0];
		Things silent = new Things();
		assertThatIllegalStateException().isThrownBy(() -> new Reconciler(List.of(silent), new SimpleMeterRegistry()))
			.withMessageContaining("GATEWAY declares no IAM actions");
	}

	@Test
	void aDeclaredWaitHoldsTheResourceBackWithItsMessageAndNoAwsCall() {
		parent = Phase.CREATING;
		Next next = things.reconcile(ID);
		assertThat(aws.calls).isEmpty();
		assertThat(store.holds("Waiting for the parent to be READY (it is CREATING).")).isTrue();
		assertThat(next.at()).as("looks again after ten polls").isAfter(Instant.now().plus(POLL.multipliedBy(9)));
		parent = Phase.READY;
		things.reconcile(ID);
		assertThat(aws.calls).as("satisfied: created").hasSize(1);
	}

	@Test
	void readyWakesWhatTheKindDeclaresWithTheReportThatSaysSo() {
		row = row(Phase.READY, 1, "thing-1", null, false);
		aws.exists("thing-1", "orders", "READY", true);
		things.reconcile(ID);
		assertThat(announced).as("a drift check: READY wake-ups only").containsExactly(new Wake.Due(ResourceType.TARGET, CHILD));

		announced.clear();
		row = row(Phase.UPDATING, 1, "thing-1", null, false, 2);
		things.reconcile(ID);
		assertThat(announced).as("a new generation applied").containsExactly(new Wake.Due(ResourceType.TARGET, CHILD),
				new Wake.Due(ResourceType.EXECUTION_ROLE, CHILD));
	}

	/** A row of the fake kind at generation 1 (or {@code generation}). */
	static Managed row(Phase phase, long observed, String awsId, Instant createPendingAt, boolean deletion, long... generation) {
		return new Managed(new ResourceRef(ResourceType.GATEWAY, ID, ID, "team-a"), "orders",
				generation.length == 0 ? 1 : generation[0],
				new ResourceStatus(phase, observed, null, null, 0, null, null), awsId, createPendingAt, deletion);
	}

	record Thing(String id, String name, String status, boolean matchesDesired) implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, "arn:" + id, null);
		}

		@Override
		public List<String> statusReasons() {
			return List.of();
		}

	}

	/** AWS as the fake kind's port sees it. */
	final class FakeAws {

		final List<String> calls = new ArrayList<>();

		final Map<String, Thing> things = new LinkedHashMap<>();

		List<String> committedBeforeCreate;

		/** What AWS answers a create with: CREATING, or READY when it made the resource at once. */
		String createdStatus = "CREATING";

		/** What AWS reports of what it created when next looked at; null: what the create answered. */
		String settledStatus;

		List<String> committedBeforeObserve;

		AgentCoreFailure failCreate;

		AgentCoreFailure failObserve;

		Runnable duringObserve = () -> {
		};

		void exists(String id, String name, String status, boolean matches) {
			things.put(id, new Thing(id, name, status, matches));
		}

		/** How long the create takes to be answered. */
		Duration createTakes = Duration.ZERO;

		AgentCore.Call<Thing> create(String name, String token) {
			calls.add("create " + name + " token " + token);
			sleep(createTakes);
			committedBeforeCreate = List.copyOf(store.committed);
			if (failCreate != null) {
				throw failCreate;
			}
			Thing created = new Thing("thing-1", name, createdStatus, true);
			things.put(created.id(), settledStatus == null ? created : new Thing("thing-1", name, settledStatus, true));
			return new AgentCore.Call<>(created, "req-create");
		}

		Optional<Thing> observe(String id) {
			calls.add("observe " + id);
			committedBeforeObserve = List.copyOf(store.committed);
			duringObserve.run();
			if (failObserve != null) {
				throw failObserve;
			}
			return Optional.ofNullable(things.get(id));
		}

		Optional<Thing> findByName(String name) {
			calls.add("findByName " + name);
			return things.values().stream().filter(thing -> thing.name().equals(name)).findFirst();
		}

	}

	/** The fake kind's client: only the port calls, as a real kind states them. */
	final class ThingClient implements ResourceClient<Managed, String, Thing> {

		@Override
		public AgentCore.Call<Thing> create(Managed row, String desired, String clientToken) {
			return aws.create(row.name(), clientToken);
		}

		@Override
		public Optional<Thing> observe(Managed row, String awsId, String desired) {
			return aws.observe(awsId);
		}

		@Override
		public Optional<Thing> findByName(Managed row, String desired) {
			return aws.findByName(row.name());
		}

		/** One call, or two, like a managed Cognito pool's parts, recorded at once after each. */
		@Override
		public AgentCore.Call<Thing> update(Managed row, String awsId, String desired, Report report) {
			if (!twoSteps) {
				aws.calls.add("update " + awsId);
				return new AgentCore.Call<>(null, "req-update");
			}
			report.awsCall("StepOne", null, "first step");
			if (failSecondStep != null) {
				throw failSecondStep;
			}
			report.awsCall("StepTwo", null, "second step");
			report.checkpoint(store.status.stepDone("two"));
			return new AgentCore.Call<>(null, "req-two");
		}

		@Override
		public AgentCore.Call<Void> delete(Managed row, String awsId, String desired, Report report) {
			aws.calls.add("delete " + awsId);
			aws.things.remove(awsId);
			return new AgentCore.Call<>(null, "req-delete");
		}

	}

	/** The fake kind: a declaration (client, a wait, wake-ups) and its desired state. */
	final class Things extends ResourceReconciler<Managed, String, Thing> {

		Things() {
			super(new ReconcileSupport(store.events, store, announced::add, settings(poll), null, limits),
					ResourceKind.of(ResourceType.GATEWAY, "Thing", store.status,
							id -> Optional.ofNullable(ResourceReconcilerTests.this.row), managed -> managed, new ThingClient())
						.waitsFor(Wait.forResource(ResourceType.POLICY_ENGINE, managed -> Optional.ofNullable(parent),
								phase -> phase == Phase.READY, phase -> "Waiting for the parent to be READY (it is " + phase + ")."))
						.wakes(ResourceType.TARGET, Wake.When.READY, managed -> List.of(CHILD))
						.wakes(ResourceType.EXECUTION_ROLE, Wake.When.GENERATION_APPLIED, managed -> List.of(CHILD))
						.wakes(ResourceType.POLICY_ENGINE, Wake.When.DELETED, managed -> List.of(PARENT))
						.calls(iamActions));
		}

		@Override
		String desired(Managed row) {
			return "spec of generation " + row.generation();
		}

	}

	/** The fake kind with another first poll of a transition. */
	Things withPoll(Duration firstPoll) {
		poll = firstPoll;
		return new Things();
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static ProvisioningSettings settings(Duration poll) {
		return new ProvisioningSettings(true, 1, Duration.ofSeconds(2), Duration.ofSeconds(15), 4, Duration.ofMinutes(10), poll,
				Duration.ofSeconds(1), Duration.ofMinutes(5), 5, 10, 5, Duration.ofMinutes(1), true);
	}

}
