package dev.agentcore.controlplane.gatewaytarget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The tools a gateway serves for an MCP server target, as the control plane listed them over MCP after AgentCore
 * reported a synchronization (GetGatewayTarget has no tool list), or why it could not list them.
 *
 * @param listedAt when the control plane listed them (or tried to)
 * @param synchronizedAt AgentCore's lastSynchronizedAt the listing belongs to; a newer one is listed again
 * @param items the tools, named as agents see them ({@code <target>___<tool>}); null when unknown
 * @param unknownReason why the tools are unknown; null when listed
 * @param retryable whether listing again may succeed without a new synchronization (the gateway was unreachable)
 */
public record ListedTools(Instant listedAt, Instant synchronizedAt, List<Tool> items, String unknownReason,
		boolean retryable) {

	public ListedTools {
		items = items == null ? null : List.copyOf(items);
	}

	/**
	 * @param name the name agents call it by
	 * @param description what the MCP server says it does
	 */
	@Schema(name = "TargetTool")
	public record Tool(String name, String description) {
	}

	public static ListedTools listed(Instant synchronizedAt, List<Tool> tools) {
		return new ListedTools(Instant.now(), synchronizedAt, tools, null, false);
	}

	public static ListedTools unknown(Instant synchronizedAt, String reason, boolean retryable) {
		return new ListedTools(Instant.now(), synchronizedAt, null, reason, retryable);
	}

	/** Whether these tools belong to the synchronization AgentCore reports now, for good. */
	public boolean current(Instant lastSynchronizedAt) {
		return !retryable && Objects.equals(synchronizedAt, lastSynchronizedAt);
	}

	/**
	 * What changed from {@code before} to these tools, as the history says it ("tools added: x; removed: y"), or null
	 * when nothing did.
	 */
	public String changesSince(ListedTools before) {
		if (items == null) {
			return before != null && unknownReason.equals(before.unknownReason()) ? null : "Tools unknown: " + unknownReason;
		}
		Set<String> now = names(items);
		if (before == null || before.items() == null) {
			return "Tools listed: " + (now.isEmpty() ? "none" : String.join(", ", now));
		}
		Set<String> then = names(before.items());
		List<String> added = now.stream().filter(name -> !then.contains(name)).toList();
		List<String> removed = then.stream().filter(name -> !now.contains(name)).toList();
		List<String> parts = new ArrayList<>();
		if (!added.isEmpty()) {
			parts.add("added: " + String.join(", ", added));
		}
		if (!removed.isEmpty()) {
			parts.add("removed: " + String.join(", ", removed));
		}
		return parts.isEmpty() ? null : "Tools " + String.join("; ", parts);
	}

	private static Set<String> names(List<Tool> tools) {
		return tools.stream().map(Tool::name).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
