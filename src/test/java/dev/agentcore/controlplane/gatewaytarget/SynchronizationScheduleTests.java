package dev.agentcore.controlplane.gatewaytarget;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.web.Problems.FieldError;

import static dev.agentcore.controlplane.support.Collected.violations;
import static org.assertj.core.api.Assertions.assertThat;

class SynchronizationScheduleTests {

	private static final Instant CREATED = Instant.parse("2026-12-07T10:00:00Z");

	private static final SynchronizationSchedule SIX_HOURS = new SynchronizationSchedule(Duration.ofHours(6));

	@Test
	void dueAfterTheLatestOfTheLastSynchronizationTheCreationAndTheLastPhaseChange() {
		assertThat(SIX_HOURS.dueAt(null, CREATED, null)).isEqualTo(CREATED.plus(Duration.ofHours(6)));
		Instant synchronizedAt = CREATED.plus(Duration.ofHours(2));
		assertThat(SIX_HOURS.dueAt(synchronizedAt, CREATED, CREATED.plusSeconds(5)))
			.isEqualTo(synchronizedAt.plus(Duration.ofHours(6)));
		Instant transition = CREATED.plus(Duration.ofHours(3));
		assertThat(SIX_HOURS.dueAt(synchronizedAt, CREATED, transition)).as("a synchronization AWS did not record")
			.isEqualTo(transition.plus(Duration.ofHours(6)));
	}

	@Test
	void anIntervalBelowAnHourOrAbove30DaysIsRefusedNamingTheField() {
		assertThat(check(mcp(new SynchronizationSchedule(Duration.ofMinutes(5)))))
			.singleElement()
			.satisfies(error -> {
				assertThat(error.field()).isEqualTo("synchronization.every");
				assertThat(error.message()).contains("PT1H to P30D").contains("PT5M");
			});
		assertThat(check(mcp(new SynchronizationSchedule(Duration.ofDays(31))))).extracting(FieldError::field)
			.containsExactly("synchronization.every");
		assertThat(check(mcp(new SynchronizationSchedule(null)))).extracting(FieldError::field)
			.containsExactly("synchronization.every");
		assertThat(check(mcp(new SynchronizationSchedule(Duration.ofHours(1))))).isEmpty();
		assertThat(check(mcp(SIX_HOURS))).isEmpty();
	}

	@Test
	void onlyAnMcpServerListingItsToolsFromTheServerIsScheduled() {
		TargetRequest lambda = TargetRulesTests.lambdaTarget();
		TargetRequest scheduledLambda = new TargetRequest(lambda.name(), null, TargetType.LAMBDA, null, null, lambda.lambda(),
				null, null, null, null, null, null, SIX_HOURS);
		assertThat(check(scheduledLambda)).extracting(FieldError::field).containsExactly("synchronization");
		TargetRequest staticTools = new TargetRequest("tickets", null, TargetType.MCP_SERVER, null, null, null,
				new McpServer("https://mcp.example.com/mcp", lambda.lambda().toolSchema(), null, null), null, null, null, null,
				null, SIX_HOURS);
		assertThat(check(staticTools)).extracting(FieldError::field).contains("synchronization");
	}

	@Test
	void theSpecKeepsTheScheduleAndThePrivateEndpointWhenItsCredentialsAreResolved() {
		PrivateEndpoint endpoint = new PrivateEndpoint(null, "rcfg-0123456789abcdef0");
		TargetRequest request = new TargetRequest("tickets", null, TargetType.MCP_SERVER, null, null, null,
				new McpServer("https://mcp.example.com/mcp"), null, null, null, null, endpoint, SIX_HOURS);
		TargetSpec resolved = request.spec().withCredentials(Credentials.of(Credentials.CredentialType.NONE));
		assertThat(resolved.privateEndpoint()).isEqualTo(endpoint);
		assertThat(resolved.synchronization()).isEqualTo(SIX_HOURS);
	}

	private static TargetRequest mcp(SynchronizationSchedule schedule) {
		return new TargetRequest("tickets", null, TargetType.MCP_SERVER, null, null, null,
				new McpServer("https://mcp.example.com/mcp"), null, null, null, null, null, schedule);
	}

	private static java.util.List<FieldError> check(TargetRequest request) {
		return violations(collector -> SynchronizationSchedule.check(request, collector));
	}

}
