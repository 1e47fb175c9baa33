package dev.agentcore.controlplane.gatewaytarget;

import java.time.Duration;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.agentcore.controlplane.web.Violations;

/**
 * How often the provisioner asks AgentCore to synchronize an MCP server target's tools (SynchronizeGatewayTargets)
 * without being asked.
 *
 * @param every an ISO-8601 duration, from PT1H to P30D: a synchronization is requested once this long has passed
 * since AgentCore's last one (or since the target last changed phase, whichever is later)
 */
@Schema(example = "{\"every\": \"PT6H\"}")
public record SynchronizationSchedule(Duration every) {

	static final Duration MINIMUM = Duration.ofHours(1);

	static final Duration MAXIMUM = Duration.ofDays(30);

	/**
	 * When the next synchronization is due: {@code every} after the latest of AgentCore's last synchronization, the
	 * target's creation and its last phase change (a synchronization that AgentCore did not record is not sent again
	 * at once).
	 */
	public Instant dueAt(Instant lastSynchronizedAt, Instant createdAt, Instant lastTransitionAt) {
		Instant since = createdAt;
		for (Instant other : new Instant[] { lastSynchronizedAt, lastTransitionAt }) {
			if (other != null && (since == null || other.isAfter(since))) {
				since = other;
			}
		}
		return (since == null ? Instant.now() : since).plus(every);
	}

	/** Only an MCP server that lists its tools from the server can be synchronized; PT1H to P30D. */
	static void check(TargetRequest request, Violations.Collector violations) {
		SynchronizationSchedule schedule = request.synchronization();
		if (schedule == null) {
			return;
		}
		if (request.type() != TargetType.MCP_SERVER) {
			violations.add("synchronization", "only an MCP_SERVER target's tools are synchronized; remove 'synchronization'");
		}
		else if (request.mcpServer() != null && request.mcpServer().toolSchema() != null) {
			violations.add("synchronization", "an MCP server with a static 'toolSchema' is not synchronized; remove "
					+ "'synchronization' or the 'toolSchema'");
		}
		if (schedule.every() == null) {
			violations.add("synchronization.every", "is required: an ISO-8601 duration such as PT6H");
		}
		else if (schedule.every().compareTo(MINIMUM) < 0 || schedule.every().compareTo(MAXIMUM) > 0) {
			violations.add("synchronization.every", "must be from PT1H to P30D (AgentCore's synchronizations are "
					+ "control-plane calls on its quota), e.g. PT6H; was " + schedule.every());
		}
	}

}
