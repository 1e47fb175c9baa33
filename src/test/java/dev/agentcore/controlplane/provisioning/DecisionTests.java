package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.agentcore.controlplane.provisioning.Decision.Action;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;
import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

import static org.assertj.core.api.Assertions.assertThat;

/** Given what the row says and what AWS reports, the next step of a reconcile. */
class DecisionTests {

	static final long GENERATION = 3;

	/**
	 * One line of the table after observing: for what AWS reports (its state, and whether it holds the
	 * spec), the action while the resource is not FAILED, and once someone asks again after a failure
	 * (phase FAILED) for kinds that update a failed create and for kinds that replace it (gateways);
	 * and whether a difference is drift when AWS already had the spec's generation.
	 */
	record Line(AwsState state, boolean matchesDesired, Action notFailed, Action askedAgain, Action askedAgainReplacing,
			boolean driftWhenApplied) {
	}

	static final List<Line> AFTER_OBSERVING = List.of(
			// @formatter:off
			//       AWS state               matches  not FAILED            FAILED, asked again   ... replacing kinds      drift
			new Line(AwsState.CREATING,      true,    Action.WAIT,          Action.WAIT,          Action.WAIT,             false),
			new Line(AwsState.CREATING,      false,   Action.WAIT,          Action.WAIT,          Action.WAIT,             false),
			new Line(AwsState.UPDATING,      true,    Action.WAIT,          Action.WAIT,          Action.WAIT,             false),
			new Line(AwsState.UPDATING,      false,   Action.WAIT,          Action.WAIT,          Action.WAIT,             false),
			new Line(AwsState.DELETING,      true,    Action.WAIT,          Action.WAIT,          Action.WAIT,             false),
			new Line(AwsState.DELETING,      false,   Action.WAIT,          Action.WAIT,          Action.WAIT,             false),
			new Line(AwsState.UNKNOWN,       true,    Action.WAIT,          Action.WAIT,          Action.WAIT,             false),
			new Line(AwsState.UNKNOWN,       false,   Action.WAIT,          Action.WAIT,          Action.WAIT,             false),
			new Line(AwsState.WAITING,       true,    Action.AWAIT_OUTSIDE, Action.AWAIT_OUTSIDE, Action.AWAIT_OUTSIDE,    false),
			new Line(AwsState.WAITING,       false,   Action.AWAIT_OUTSIDE, Action.AWAIT_OUTSIDE, Action.AWAIT_OUTSIDE,    false),
			new Line(AwsState.CREATE_FAILED, true,    Action.REPORT_FAILED, Action.UPDATE,        Action.REPLACE,          false),
			new Line(AwsState.CREATE_FAILED, false,   Action.REPORT_FAILED, Action.UPDATE,        Action.REPLACE,          false),
			new Line(AwsState.UPDATE_FAILED, true,    Action.REPORT_FAILED, Action.UPDATE,        Action.UPDATE,           false),
			new Line(AwsState.UPDATE_FAILED, false,   Action.REPORT_FAILED, Action.UPDATE,        Action.UPDATE,           false),
			new Line(AwsState.READY,         true,    Action.READY,         Action.READY,         Action.READY,            false),
			new Line(AwsState.READY,         false,   Action.UPDATE,        Action.UPDATE,        Action.UPDATE,           true));
			// @formatter:on

	@Test
	void tableCoversEveryStateWithAndWithoutTheSpec() {
		assertThat(AFTER_OBSERVING).hasSize(AwsState.values().length * 2);
		for (AwsState state : AwsState.values()) {
			assertThat(AFTER_OBSERVING).filteredOn(line -> line.state() == state)
				.extracting(Line::matchesDesired)
				.containsExactlyInAnyOrder(true, false);
		}
	}

	/** Every line, in every phase, with the spec applied or not, for both kinds of failed-create handling. */
	static Stream<Arguments> everyObservation() {
		return AFTER_OBSERVING.stream().flatMap(line -> Stream.of(Phase.values()).flatMap(phase -> Stream.of(true, false)
			.flatMap(applied -> Stream.of(true, false).map(replace -> Arguments.of(line, phase, applied, replace)))));
	}

	@ParameterizedTest(name = "{0}, phase {1}, spec applied {2}, replacing {3}")
	@MethodSource("everyObservation")
	void nextActionAfterObserving(Line line, Phase phase, boolean applied, boolean replace) {
		Action expected = phase != Phase.FAILED ? line.notFailed() : replace ? line.askedAgainReplacing() : line.askedAgain();

		Decision decision = Decision.afterObserving(row(phase, applied), Optional.of(observed(line.state(), line.matchesDesired())),
				line.state(), replace);

		assertThat(decision.action()).isEqualTo(expected);
		assertThat(decision.drift()).as("drift: AWS differs from a spec it already had")
			.isEqualTo(line.driftWhenApplied() && applied);
		assertThat(decision.state()).isEqualTo(line.state());
	}

	@ParameterizedTest
	@EnumSource(Phase.class)
	void resourceGoneFromAwsIsCreatedAgainAsDrift(Phase phase) {
		Decision decision = Decision.afterObserving(row(phase, true), Optional.empty(), null, true);
		assertThat(decision).isEqualTo(new Decision(Action.RECREATE, null, true));
		assertThat(Decision.afterObserving(row(phase, false), Optional.empty(), null, false).action()).isEqualTo(Action.RECREATE);
	}

	@Test
	void nothingRecordedInAwsIsCreated() {
		Decision decision = Decision.beforeObserving(managed(Phase.PENDING, 0, null, null));
		assertThat(decision).isEqualTo(new Decision(Action.CREATE, null, false));
	}

	@Test
	void createWhoseResultWasLostIsAdoptedByNameFirst() {
		Decision decision = Decision.beforeObserving(managed(Phase.CREATING, 0, null, Instant.parse("2025-01-01T00:00:00Z")));
		assertThat(decision).isEqualTo(new Decision(Action.ADOPT_OR_CREATE, null, false));
	}

	@ParameterizedTest
	@EnumSource(Phase.class)
	void knownResourceIsObservedFirst(Phase phase) {
		assertThat(Decision.beforeObserving(managed(phase, GENERATION, "abcdefghij", null)))
			.isEqualTo(new Decision(Action.OBSERVE, null, false));
		assertThat(Decision.beforeObserving(managed(phase, GENERATION, "abcdefghij", Instant.now())).action())
			.as("an id recorded wins over a pending create").isEqualTo(Action.OBSERVE);
	}

	@Test
	void specIsAppliedOnceAwsHasItsGeneration() {
		assertThat(managed(Phase.READY, GENERATION - 1, "id", null).specApplied()).isFalse();
		assertThat(managed(Phase.READY, GENERATION, "id", null).specApplied()).isTrue();
		assertThat(managed(Phase.READY, GENERATION + 1, "id", null).specApplied()).isTrue();
		assertThat(managed(Phase.UPDATING, 0, "id", null).phase()).isEqualTo(Phase.UPDATING);
	}

	static Stream<Arguments> everyTransition() {
		return Stream.of(AwsState.values()).flatMap(state -> Stream.of(Phase.values()).map(phase -> Arguments.of(state, phase)));
	}

	@ParameterizedTest(name = "AWS {0} while {1}")
	@MethodSource("everyTransition")
	void transitionShowsAsCreatingOrUpdatingElseKeepsThePhase(AwsState state, Phase current) {
		Phase expected = switch (state) {
			case CREATING -> Phase.CREATING;
			case UPDATING -> Phase.UPDATING;
			default -> current;
		};
		assertThat(Decision.transitionPhase(state, current)).isEqualTo(expected);
	}

	static Stream<Arguments> agentCoreStatuses() {
		return Stream.of(Arguments.of("CREATING", AwsState.CREATING), Arguments.of("UPDATING", AwsState.UPDATING),
				Arguments.of("SYNCHRONIZING", AwsState.UPDATING), Arguments.of("DELETING", AwsState.DELETING),
				Arguments.of("READY", AwsState.READY), Arguments.of("FAILED", AwsState.CREATE_FAILED),
				Arguments.of("UPDATE_UNSUCCESSFUL", AwsState.UPDATE_FAILED),
				Arguments.of("SYNCHRONIZE_UNSUCCESSFUL", AwsState.UPDATE_FAILED),
				Arguments.of("CREATE_PENDING_AUTH", AwsState.WAITING), Arguments.of("SYNCHRONIZE_PENDING_AUTH", AwsState.WAITING),
				Arguments.of("UNKNOWN_TO_SDK_VERSION", AwsState.UNKNOWN), Arguments.of("ARCHIVED", AwsState.UNKNOWN),
				Arguments.of("ready", AwsState.UNKNOWN), Arguments.of("", AwsState.UNKNOWN));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@MethodSource("agentCoreStatuses")
	void agentCoreStatusWordsMeanAState(String status, AwsState expected) {
		assertThat(AwsState.ofAgentCore(status)).isEqualTo(expected);
	}

	/** A row at generation 3 that AWS has (or has not yet) applied. */
	static Managed row(Phase phase, boolean specApplied) {
		return managed(phase, specApplied ? GENERATION : GENERATION - 1, "abcdefghij", null);
	}

	static Managed managed(Phase phase, long observedGeneration, String awsId, Instant createPendingAt) {
		UUID id = UUID.fromString("0190f5a2-0000-7000-8000-0000000000dd");
		ResourceStatus status = new ResourceStatus(phase, observedGeneration, "m", null, 0, null, null);
		return new Managed(ResourceRef.root(ResourceType.GATEWAY, id, "team-a"), "orders", GENERATION, status, awsId,
				createPendingAt, false);
	}

	static Observed observed(AwsState state, boolean matchesDesired) {
		return new Observed() {

			@Override
			public AwsIdentity identity() {
				return new AwsIdentity("abcdefghij", null, null);
			}

			@Override
			public String status() {
				return state.name();
			}

			@Override
			public List<String> statusReasons() {
				return List.of();
			}

			@Override
			public boolean matchesDesired() {
				return matchesDesired;
			}

		};
	}

}
