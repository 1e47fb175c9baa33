package dev.agentcore.controlplane.gatewaytarget;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** The ways a target request can conflict with state, and the target that is not there. */
final class TargetProblems {

	private TargetProblems() {
	}

	static ErrorResponseException immutable(String what, Object current) {
		return Problems.conflict(what.toUpperCase(java.util.Locale.ROOT) + "_IMMUTABLE",
				"The " + what + " of a target cannot change (it is " + current + "). Create a new target instead.");
	}

	static ErrorResponseException limitReached(long limit) {
		return Problems.conflict("TARGET_LIMIT_REACHED", "The gateway already has " + limit
				+ " targets, AgentCore's limit per gateway. Delete one, or use another gateway.");
	}

	static ErrorResponseException notSynchronizable(TargetType type) {
		return Problems.conflict("NOT_SYNCHRONIZABLE", "Only MCP_SERVER targets list their tools dynamically and can be "
				+ "synchronized; this target is " + type + ".");
	}

	static ErrorResponseException staticTools() {
		return Problems.conflict("NOT_SYNCHRONIZABLE", "This MCP server's tools are the static tool schema it declares; "
				+ "AgentCore does not synchronize it. Change mcpServer.toolSchema instead.");
	}

	static ErrorResponseException awaitingConsent(String authorizationUrl) {
		return Problems.conflict("TARGET_AWAITING_CONSENT", "AgentCore waits for a person's OAuth consent before it can "
				+ "synchronize this target. Open " + authorizationUrl + " in a browser as the user the target acts for; "
				+ "synchronize once the target is READY.");
	}

}
