package dev.agentcore.controlplane.resource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

import static org.assertj.core.api.Assertions.assertThat;

/** What one reconcile reports, written as one statement: later calls override earlier ones. */
class StatusUpdateTests {

	static final Instant AT = Instant.parse("2025-01-01T10:00:00Z");

	static final ProvisioningError THROTTLED = new ProvisioningError("AWS_ThrottlingException", "slow down", true, AT);

	static final ProvisioningError REFUSED = new ProvisioningError("AWS_ValidationException", "bad role", false, AT);

	RecordedStatement.Recorder gateways = new RecordedStatement.Recorder(
			new StatusTable("gateways", "aws_gateway_id", "aws_gateway_arn", "aws_gateway_url", List.of()));

	@Test
	void newUpdateIsEmptyAndWritesNothing() {
		StatusUpdate update = new StatusUpdate();
		assertThat(update.isEmpty()).isTrue();
		assertThat(update.phase()).isNull();
		gateways.apply(java.util.UUID.randomUUID(), update);
		assertThat(gateways.statements).isEmpty();
	}

	@Test
	void kindColumnsAreWrittenAfterTheStatusInOrderOfTheirRecording() {
		java.util.UUID id = java.util.UUID.randomUUID();
		StatusUpdate update = new StatusUpdate().phase(Phase.READY, "ready")
			.also(StatusColumns.createPending("token-1"))
			.also(StatusColumns.createPending("token-2"));
		gateways.apply(id, update);
		assertThat(gateways.statements).hasSize(3);
		assertThat(gateways.statements.get(0).assignments).containsKey("phase");
		assertThat(gateways.statements.get(1).get("create_token").value()).isEqualTo("token-1");
		assertThat(gateways.statements.get(2).get("create_token").value()).isEqualTo("token-2");
		assertThat(gateways.statements).allSatisfy(statement -> assertThat(statement.id).isEqualTo(id));
	}

	@Test
	void kindColumnsAloneWriteNoStatusStatement() {
		StatusUpdate update = new StatusUpdate().also(StatusColumns.createPending("token-1"));
		assertThat(update.isEmpty()).as("something to write").isFalse();
		assertThat(gateways.apply(update).assignments).containsOnlyKeys("create_token", "create_pending_at");
	}

	static Stream<Arguments> everyReport() {
		return Stream.of(report("phase", u -> u.phase(Phase.CREATING, "creating")), report("message", u -> u.message("m")),
				report("message cleared", u -> u.message(null)), report("awsStatus", u -> u.awsStatus("READY", List.of())),
				report("identity", u -> u.identity(new AwsIdentity("id", null, null))),
				report("forgetIdentity", StatusUpdate::forgetIdentity), report("ready", u -> u.ready(1, "ready")),
				report("failed", u -> u.failed(REFUSED, "refused")),
				report("retrying", u -> u.retrying(THROTTLED, 1, AT, "again")), report("reconciledAt", u -> u.reconciledAt(AT)));
	}

	static Arguments report(String name, UnaryOperator<StatusUpdate> call) {
		return Arguments.of(name, call);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyReport")
	void everyReportMakesTheUpdateNonEmpty(String name, UnaryOperator<StatusUpdate> call) {
		StatusUpdate update = new StatusUpdate();
		assertThat(call.apply(update)).as("fluent").isSameAs(update);
		assertThat(update.isEmpty()).isFalse();
		assertThat(gateways.apply(update).assignments).isNotEmpty();
	}

	@Test
	void phaseChangeMovesTheTransitionTimeOnlyWhenThePhaseDiffers() {
		StatusUpdate update = new StatusUpdate().phase(Phase.UPDATING, "applying");
		assertThat(update.phase()).isEqualTo(Phase.UPDATING);
		RecordedStatement statement = gateways.apply(update);
		assertThat(statement.assignments.keySet()).containsExactly("last_transition_at", "phase", "status_message");
		assertThat(statement.get("phase").value()).isEqualTo("UPDATING");
		assertThat(statement.get("status_message").value()).isEqualTo("applying");
		RecordedStatement.Assignment transition = statement.get("last_transition_at");
		assertThat(transition.expression()).isEqualTo("case when phase = ? then coalesce(last_transition_at, created_at) else ? end");
		assertThat(transition.values().getFirst()).isEqualTo("UPDATING");
		assertThat(((Timestamp) transition.values().get(1)).toInstant()).isCloseTo(Instant.now(),
				org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
	}

	@Test
	void readyRecordsTheGenerationAndClearsErrorAndRetries() {
		StatusUpdate update = new StatusUpdate().retrying(THROTTLED, 3, AT, "again").ready(7, "Ready.");
		assertThat(update.phase()).isEqualTo(Phase.READY);
		RecordedStatement statement = gateways.apply(update);
		assertThat(statement.get("observed_generation").expression()).isEqualTo("greatest(observed_generation, ?)");
		assertThat(statement.get("observed_generation").value()).isEqualTo(7L);
		assertThat(statement.get("last_error").expression()).isEqualTo("null");
		assertThat(statement.get("attempts").expression()).isEqualTo("0");
		assertThat(statement.get("next_attempt_at").expression()).isEqualTo("null");
		assertThat(statement.get("phase").value()).isEqualTo("READY");
		assertThat(statement.get("status_message").value()).isEqualTo("Ready.");
	}

	@Test
	void readyAfterATerminalFailureClearsItToo() {
		RecordedStatement statement = gateways.apply(new StatusUpdate().failed(REFUSED, "refused").ready(2, "Ready."));
		assertThat(statement.get("last_error").expression()).isEqualTo("null");
		assertThat(statement.get("attempts").expression()).isEqualTo("0");
		assertThat(statement.get("phase").value()).isEqualTo("READY");
	}

	@Test
	void failedIsTerminalAndCountsTheAttempt() {
		StatusUpdate update = new StatusUpdate().retrying(THROTTLED, 3, AT, "again").failed(REFUSED, "refused");
		assertThat(update.phase()).isEqualTo(Phase.FAILED);
		RecordedStatement statement = gateways.apply(update);
		assertThat(statement.get("phase").value()).isEqualTo("FAILED");
		assertThat(statement.get("status_message").value()).isEqualTo("refused");
		assertThat(error(statement)).isEqualTo(REFUSED);
		assertThat(statement.get("attempts").expression()).as("no retry scheduled, but the attempt counts")
			.isEqualTo("attempts + 1");
		assertThat(statement.get("next_attempt_at").expression()).isEqualTo("null");
		assertThat(statement.assignments).doesNotContainKey("observed_generation");
	}

	@Test
	void retryingKeepsThePhaseAndSchedulesTheNextAttempt() {
		StatusUpdate update = new StatusUpdate().retrying(THROTTLED, 3, AT, "AgentCore answered ThrottlingException.");
		assertThat(update.phase()).as("the phase stays").isNull();
		RecordedStatement statement = gateways.apply(update);
		assertThat(statement.assignments).doesNotContainKeys("phase", "last_transition_at", "observed_generation");
		assertThat(error(statement)).isEqualTo(THROTTLED);
		assertThat(statement.get("attempts").value()).isEqualTo(3);
		assertThat(statement.get("next_attempt_at").value()).isEqualTo(Timestamp.from(AT));
		assertThat(statement.get("status_message").value()).isEqualTo("AgentCore answered ThrottlingException.");
	}

	@Test
	void retryAfterATerminalFailureIsScheduledInTheFailedPhase() {
		RecordedStatement statement = gateways.apply(new StatusUpdate().failed(REFUSED, "refused").retrying(THROTTLED, 1, AT,
				"again"));
		assertThat(error(statement)).isEqualTo(THROTTLED);
		assertThat(statement.get("attempts").value()).isEqualTo(1);
		assertThat(statement.get("next_attempt_at").value()).isEqualTo(Timestamp.from(AT));
		assertThat(statement.get("phase").value()).as("field by field: the phase set earlier stays").isEqualTo("FAILED");
	}

	@Test
	void failureAfterReadyOverridesIt() {
		RecordedStatement failed = gateways.apply(new StatusUpdate().ready(4, "Ready.").failed(REFUSED, "refused"));
		assertThat(failed.get("phase").value()).isEqualTo("FAILED");
		assertThat(error(failed)).isEqualTo(REFUSED);
		assertThat(failed.get("attempts").expression()).isEqualTo("attempts + 1");
		assertThat(failed.assignments).doesNotContainKey("observed_generation");
		RecordedStatement retrying = gateways.apply(new StatusUpdate().ready(4, "Ready.").retrying(THROTTLED, 2, AT, "again"));
		assertThat(error(retrying)).isEqualTo(THROTTLED);
		assertThat(retrying.get("attempts").value()).isEqualTo(2);
		assertThat(retrying.get("next_attempt_at").value()).isEqualTo(Timestamp.from(AT));
		assertThat(retrying.assignments).doesNotContainKey("observed_generation");
	}

	@Test
	void laterPhaseAndMessageOverrideEarlierOnes() {
		RecordedStatement statement = gateways.apply(new StatusUpdate().phase(Phase.CREATING, "creating")
			.phase(Phase.UPDATING, "updating")
			.message("still updating"));
		assertThat(statement.get("phase").value()).isEqualTo("UPDATING");
		assertThat(statement.get("status_message").value()).isEqualTo("still updating");
		assertThat(gateways.apply(new StatusUpdate().message("x").phase(Phase.DELETING, null)).get("status_message").value())
			.as("a phase without message clears it").isNull();
	}

	@Test
	void identityIsRecordedInTheTablesColumnsAndEndsAPendingCreate() {
		RecordedStatement statement = gateways.apply(new StatusUpdate().identity(new AwsIdentity("gw-1", "arn:gw-1", "https://gw-1")));
		assertThat(statement.get("aws_gateway_id").value()).isEqualTo("gw-1");
		assertThat(statement.get("aws_gateway_arn").value()).isEqualTo("arn:gw-1");
		assertThat(statement.get("aws_gateway_url").value()).isEqualTo("https://gw-1");
		assertThat(statement.get("create_pending_at").expression()).isEqualTo("null");
		assertThat(statement.assignments).doesNotContainKey("create_token");
		RecordedStatement.Recorder targets = targets();
		RecordedStatement target = targets.apply(new StatusUpdate().identity(new AwsIdentity("ABCDEFGHIJ", "ignored", "ignored")));
		assertThat(target.assignments.keySet()).containsExactlyInAnyOrder("aws_target_id", "create_pending_at");
	}

	@Test
	void forgottenIdentityClearsEverythingAwsGave() {
		RecordedStatement statement = gateways.apply(new StatusUpdate().identity(new AwsIdentity("gw-1", null, null)).forgetIdentity());
		for (String column : List.of("aws_gateway_id", "aws_gateway_arn", "aws_gateway_url", "aws_status", "create_token",
				"create_pending_at")) {
			assertThat(statement.get(column).expression()).as(column).isEqualTo("null");
		}
		assertThat(statement.get("aws_status_reasons").expression()).isEqualTo("'{}'");
		RecordedStatement target = targets().apply(new StatusUpdate().forgetIdentity());
		assertThat(target.get("aws_target_id").expression()).isEqualTo("null");
		assertThat(target.get("aws_last_synchronized_at").expression()).as("cleared with the identity").isEqualTo("null");
		assertThat(target.assignments).doesNotContainKeys("aws_gateway_arn", "aws_gateway_url");
	}

	@Test
	void identityAfterForgettingIsKept() {
		RecordedStatement statement = gateways.apply(new StatusUpdate().forgetIdentity().identity(new AwsIdentity("gw-2", "a", "u")));
		assertThat(statement.get("aws_gateway_id").value()).isEqualTo("gw-2");
		assertThat(statement.assignments).doesNotContainKeys("create_token", "aws_status");
	}

	@Test
	void awsStatusIsWrittenWithItsReasons() {
		List<String> reasons = new ArrayList<>(List.of("role lacks permission"));
		StatusUpdate update = new StatusUpdate().awsStatus("FAILED", reasons);
		reasons.add("added later");
		RecordedStatement statement = gateways.apply(update);
		assertThat(statement.get("aws_status").value()).isEqualTo("FAILED");
		assertThat((String[]) statement.get("aws_status_reasons").value()).containsExactly("role lacks permission");
		assertThat((String[]) gateways.apply(new StatusUpdate().awsStatus("READY", null)).get("aws_status_reasons").value())
			.isEmpty();
		RecordedStatement later = gateways.apply(new StatusUpdate().awsStatus("CREATING", List.of("a")).awsStatus("READY", List.of()));
		assertThat(later.get("aws_status").value()).isEqualTo("READY");
		assertThat((String[]) later.get("aws_status_reasons").value()).isEmpty();
	}

	@Test
	void reconcileTimeIsRecorded() {
		assertThat(gateways.apply(new StatusUpdate().reconciledAt(AT)).get("last_reconciled_at").value())
			.isEqualTo(Timestamp.from(AT));
	}

	@Test
	void phaseOutsideAReconcileIsOneStatement() {
		java.util.UUID id = java.util.UUID.randomUUID();
		gateways.phase(id, Phase.DELETING, "Deleting the gateway.");
		RecordedStatement statement = gateways.statements.getFirst();
		assertThat(statement.id).isEqualTo(id);
		assertThat(statement.assignments.keySet()).containsExactly("last_transition_at", "phase", "status_message");
		assertThat(statement.get("phase").value()).isEqualTo("DELETING");
	}

	private static ProvisioningError error(RecordedStatement statement) {
		RecordedStatement.Assignment error = statement.get("last_error");
		assertThat(error.expression()).isEqualTo("cast(? as jsonb)");
		return JsonMapper.builder().build().readValue((String) error.value(), ProvisioningError.class);
	}

	private static RecordedStatement.Recorder targets() {
		return new RecordedStatement.Recorder(new StatusTable("gateway_targets", "aws_target_id", null, null,
				List.of("aws_last_synchronized_at")));
	}

}
