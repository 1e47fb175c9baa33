package dev.agentcore.controlplane.gatewaytarget;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import dev.agentcore.controlplane.gatewaytarget.Credentials.CredentialType;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.resource.Lifecycle;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;
import dev.agentcore.controlplane.resource.ResourceType;

import static dev.agentcore.controlplane.support.ProblemAssertions.code;
import static dev.agentcore.controlplane.support.ProblemAssertions.codeOf;
import static dev.agentcore.controlplane.support.ProblemAssertions.problemOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The target aggregate guards its own transitions; no Spring, no database. */
class GatewayTargetTests {

	static final UUID GATEWAY = UUID.fromString("0190f5a2-0000-7000-8000-0000000000aa");

	static final Instant LAST_WEEK = Instant.parse("2025-01-01T10:00:00.123456Z");

	@Test
	void declaredTargetIsPendingAtGenerationOneOfItsGateway() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
		TargetSpec spec = mcpSpec("https://mcp.example.com/mcp");
		GatewayTarget target = GatewayTarget.declare(GATEWAY, "team-a", "tools", TargetType.MCP_SERVER, spec, "alice");
		assertThat(target.id()).isNotNull().isNotEqualTo(GATEWAY);
		assertThat(target.id().version()).isEqualTo(7);
		assertThat(target.gatewayId()).isEqualTo(GATEWAY);
		assertThat(target.team()).isEqualTo("team-a");
		assertThat(target.name()).isEqualTo("tools");
		assertThat(target.type()).isEqualTo(TargetType.MCP_SERVER);
		assertThat(target.spec()).isSameAs(spec);
		assertThat(target.generation()).isEqualTo(1);
		assertThat(target.version()).isZero();
		assertThat(target.createdBy()).isEqualTo("alice");
		assertThat(target.createdAt()).isEqualTo(target.updatedAt()).isBetween(before, Instant.now());
		assertThat(target.status()).isEqualTo(ResourceStatus.accepted());
		assertThat(target.deletionRequested()).isFalse();
		assertThat(target.lifecycle().deletionRequestedAt()).isNull();
		assertThat(target.synchronizeRequestedAt()).isNull();
		assertThat(target.aws()).isEqualTo(new AwsTarget(null, null, List.of(), null, null));
		assertThat(target.lifecycle().createToken()).isNull();
		assertThat(target.createPendingAt()).isNull();
	}

	@Test
	void refIsPartOfTheGatewaysHistory() {
		GatewayTarget target = mcpTarget();
		assertThat(target.ref()).isEqualTo(new ResourceRef(ResourceType.TARGET, target.id(), GATEWAY, "team-a"));
	}

	@Test
	void equalSpecIsNoChange() {
		GatewayTarget target = mcpTarget();
		TargetSpec current = target.spec();
		assertThat(target.respecify("tools", TargetType.MCP_SERVER, mcpSpec("https://mcp.example.com/mcp"), "bob")).isFalse();
		assertThat(target.spec()).isSameAs(current);
		assertThat(target.generation()).isEqualTo(3);
		assertThat(target.updatedAt()).isEqualTo(LAST_WEEK);
	}

	@Test
	void changedSpecBumpsGenerationAndUpdatedAt() {
		GatewayTarget target = mcpTarget();
		TargetSpec changed = mcpSpec("https://mcp.example.com/v2");
		assertThat(target.respecify("tools", TargetType.MCP_SERVER, changed, "bob")).isTrue();
		assertThat(target.spec()).isSameAs(changed);
		assertThat(target.generation()).isEqualTo(4);
		assertThat(target.updatedAt()).isAfter(LAST_WEEK).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		assertThat(target.createdAt()).isEqualTo(LAST_WEEK.minus(1, ChronoUnit.DAYS));
		assertThat(target.version()).isEqualTo(2);
		assertThat(target.respecify("tools", TargetType.MCP_SERVER, mcpSpec("https://mcp.example.com/v3"), "bob")).isTrue();
		assertThat(target.generation()).isEqualTo(5);
	}

	@Test
	void nameCannotChange() {
		GatewayTarget target = mcpTarget();
		ProblemDetail problem = problemOf(
				() -> target.respecify("renamed", TargetType.MCP_SERVER, mcpSpec("https://mcp.example.com/v2"), "bob"));
		assertThat(code(problem)).isEqualTo("NAME_IMMUTABLE");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).contains("name").contains("tools");
		assertUnchanged(target);
	}

	@Test
	void typeCannotChange() {
		GatewayTarget target = mcpTarget();
		ProblemDetail problem = problemOf(() -> target.respecify("tools", TargetType.OPENAPI, mcpSpec("https://x.example.com"), "bob"));
		assertThat(code(problem)).isEqualTo("TYPE_IMMUTABLE");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).contains("type").contains("MCP_SERVER");
		assertUnchanged(target);
	}

	@Test
	void nameIsCheckedBeforeType() {
		GatewayTarget target = mcpTarget();
		assertThat(codeOf(() -> target.respecify("renamed", TargetType.LAMBDA, mcpSpec("https://x.example.com"), "bob")))
			.isEqualTo("NAME_IMMUTABLE");
	}

	@Test
	void deletingTargetTakesNoChangeAtAll() {
		GatewayTarget target = mcpTarget();
		assertThat(target.requestDeletion("bob")).isTrue();
		Instant requested = target.updatedAt();
		ProblemDetail problem = problemOf(
				() -> target.respecify("tools", TargetType.MCP_SERVER, mcpSpec("https://mcp.example.com/v2"), "bob"));
		assertThat(code(problem)).isEqualTo("TARGET_DELETING");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(codeOf(() -> target.respecify("tools", TargetType.MCP_SERVER, mcpSpec("https://mcp.example.com/mcp"), "bob")))
			.as("even an equal spec")
			.isEqualTo("TARGET_DELETING");
		assertThat(codeOf(() -> target.respecify("renamed", TargetType.LAMBDA, mcpSpec("https://x.example.com"), "bob")))
			.as("deletion is checked first")
			.isEqualTo("TARGET_DELETING");
		assertThat(target.generation()).isEqualTo(3);
		assertThat(target.updatedAt()).isEqualTo(requested);
	}

	@Test
	void deletionIsRequestedOnce() {
		GatewayTarget target = mcpTarget();
		assertThat(target.requestDeletion("bob")).isTrue();
		Instant requestedAt = target.lifecycle().deletionRequestedAt();
		assertThat(target.deletionRequested()).isTrue();
		assertThat(requestedAt).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		assertThat(target.updatedAt()).isEqualTo(requestedAt);
		assertThat(target.generation()).isEqualTo(3);
		assertThat(target.requestDeletion("bob")).as("a second request changes nothing").isFalse();
		assertThat(target.lifecycle().deletionRequestedAt()).isEqualTo(requestedAt);
		assertThat(target.updatedAt()).isEqualTo(requestedAt);
	}

	@Test
	void deletionRequestedEarlierIsKept() {
		GatewayTarget target = new GatewayTarget(UUID.randomUUID(), GATEWAY, "team-a", "tools", TargetType.MCP_SERVER,
				mcpSpec("https://mcp.example.com/mcp"), 2, new Lifecycle(3, LAST_WEEK, LAST_WEEK, LAST_WEEK, null, null), "alice",
				readyAt(3), null, AwsTarget.NONE);
		assertThat(target.requestDeletion("bob")).isFalse();
		assertThat(target.lifecycle().deletionRequestedAt()).isEqualTo(LAST_WEEK);
		assertThat(target.updatedAt()).isEqualTo(LAST_WEEK);
	}

	@Test
	void synchronizationRequestIsStampedWithoutANewGeneration() {
		GatewayTarget target = mcpTarget();
		target.requestSynchronization("bob");
		assertThat(target.synchronizeRequestedAt()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		assertThat(target.updatedAt()).as("the change marker moves, so a running reconcile looks again")
			.isEqualTo(target.synchronizeRequestedAt());
		assertThat(target.generation()).isEqualTo(3);
		assertThat(target.spec()).isEqualTo(mcpSpec("https://mcp.example.com/mcp"));
		assertThat(target.deletionRequested()).isFalse();
	}

	private static void assertUnchanged(GatewayTarget target) {
		assertThat(target.generation()).isEqualTo(3);
		assertThat(target.updatedAt()).isEqualTo(LAST_WEEK);
		assertThat(target.name()).isEqualTo("tools");
		assertThat(target.type()).isEqualTo(TargetType.MCP_SERVER);
		assertThat(target.spec()).isEqualTo(mcpSpec("https://mcp.example.com/mcp"));
	}

	/** An MCP server target as the repository loads it: generation 3, saved twice, READY. */
	static GatewayTarget mcpTarget() {
		return new GatewayTarget(UUID.fromString("0190f5a2-0000-7000-8000-0000000000bb"), GATEWAY, "team-a", "tools",
				TargetType.MCP_SERVER, mcpSpec("https://mcp.example.com/mcp"), 2,
				new Lifecycle(3, LAST_WEEK.minus(1, ChronoUnit.DAYS), LAST_WEEK, null, null, null), "alice", readyAt(3), null,
				new AwsTarget("ABCDEFGHIJ", "READY", List.of(), null, null));
	}

	static TargetSpec mcpSpec(String endpoint) {
		return new TargetSpec("tools", null, null, null, new McpServer(endpoint), null, Credentials.of(CredentialType.NONE));
	}

	private static ResourceStatus readyAt(long generation) {
		return new ResourceStatus(Phase.READY, generation, "Ready.", null, 0, null, LAST_WEEK);
	}

}
