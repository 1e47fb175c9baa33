package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

import dev.agentcore.controlplane.agentaccess.TargetToolLister;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gatewaytarget.AwsTarget;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.ListedTools;
import dev.agentcore.controlplane.gatewaytarget.SynchronizationSchedule;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetStatus;
import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceEvents;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A target on a synchronization schedule: the provisioner sends SynchronizeGatewayTargets when it is due, not
 * before, and looks again when it will be due if that is sooner than its next drift check.
 */
class ScheduledSynchronizationTests {

	private static final Instant NOW = Instant.now();

	private final AgentCore aws = mock(AgentCore.class);

	private TargetWaits waits;

	@BeforeEach
	void waits() {
		when(aws.synchronizeTarget(any(), any())).thenReturn(new AgentCore.Call<>(null, "request-1"));
		waits = new TargetWaits(mock(TargetStatus.class), aws, PreflightSwitchTests.settings(Map.of()),
				mock(TargetToolLister.class));
	}

	@Test
	void aDueScheduleSendsASynchronization() {
		Instant synchronizedAt = NOW.minus(Duration.ofHours(2));
		TargetReconciler.Row row = row(Duration.ofHours(1), synchronizedAt);
		Next next = waits.ready(row, "TARGET0001", observed(synchronizedAt), report(row));
		assertThat(next).isNotNull();
		verify(aws).synchronizeTarget("GATEWAY001", "TARGET0001");
	}

	@Test
	void aScheduleNotYetDueSendsNothingAndBringsTheNextLookForward() {
		Instant synchronizedAt = NOW.minus(Duration.ofMinutes(10));
		TargetReconciler.Row row = row(Duration.ofHours(1), synchronizedAt);
		assertThat(waits.ready(row, "TARGET0001", observed(synchronizedAt), report(row))).isNull();
		verify(aws, never()).synchronizeTarget(any(), any());
		Next drift = Next.in(Duration.ofHours(2));
		assertThat(waits.soonerIfScheduled(row.target(), observed(synchronizedAt), drift).at())
			.isEqualTo(synchronizedAt.plus(Duration.ofHours(1)));
		Next soon = Next.in(Duration.ofMinutes(1));
		assertThat(waits.soonerIfScheduled(row.target(), observed(synchronizedAt), soon)).isEqualTo(soon);
	}

	@Test
	void withoutAScheduleNothingIsSent() {
		Instant synchronizedAt = NOW.minus(Duration.ofDays(40));
		TargetReconciler.Row row = row(null, synchronizedAt);
		assertThat(waits.ready(row, "TARGET0001", observed(synchronizedAt), report(row))).isNull();
		verify(aws, never()).synchronizeTarget(any(), any());
		Next drift = Next.in(Duration.ofHours(2));
		assertThat(waits.soonerIfScheduled(row.target(), observed(synchronizedAt), drift)).isEqualTo(drift);
	}

	private static TargetReconciler.Row row(Duration every, Instant synchronizedAt) {
		GatewayTarget target = mock(GatewayTarget.class);
		when(target.type()).thenReturn(TargetType.MCP_SERVER);
		when(target.spec()).thenReturn(new TargetSpec(null, null, null, null, new McpServer("https://mcp.example.com/mcp"),
				null, null, null, null, null, every == null ? null : new SynchronizationSchedule(every)));
		when(target.createdAt()).thenReturn(NOW.minus(Duration.ofDays(50)));
		ResourceStatus ready = new ResourceStatus(Phase.READY, 1, null, null, 0, null, NOW.minus(Duration.ofDays(45)));
		when(target.status()).thenReturn(ready);
		when(target.aws()).thenReturn(new AwsTarget("TARGET0001", "READY", List.of(), synchronizedAt, null, null,
				ListedTools.listed(synchronizedAt, List.of())));
		when(target.ref()).thenReturn(new ResourceRef(ResourceType.TARGET, UUID.randomUUID(), UUID.randomUUID(), "team"));
		Gateway gateway = mock(Gateway.class, RETURNS_DEEP_STUBS);
		when(gateway.aws().gatewayId()).thenReturn("GATEWAY001");
		return new TargetReconciler.Row(target, gateway);
	}

	private static AgentCore.Target observed(Instant synchronizedAt) {
		return new AgentCore.Target("TARGET0001", "READY", List.of(), synchronizedAt, null, null, null, null, null);
	}

	private static Report report(TargetReconciler.Row row) {
		GatewayTarget target = row.target();
		return new Report(mock(TargetStatus.class), mock(ResourceEvents.class), mock(TransactionOperations.class),
				mock(ApplicationEventPublisher.class), new Managed(target.ref(), "tickets", 1, target.status(), "TARGET0001",
						null, false));
	}

}
