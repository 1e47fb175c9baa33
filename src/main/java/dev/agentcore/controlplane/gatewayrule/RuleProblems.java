package dev.agentcore.controlplane.gatewayrule;

import java.util.List;

import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems;

/** The refusals only gateway rules have. */
final class RuleProblems {

	private RuleProblems() {
	}

	static ErrorResponseException priorityTaken(int priority) {
		return Problems.conflict("RULE_PRIORITY_TAKEN", "Another rule of this gateway has priority " + priority
				+ "; priorities are unique within a gateway. Choose another priority, or change or delete that rule first.");
	}

	static ErrorResponseException targetUnknown(List<String> names) {
		return InvalidRequest.rule("RULE_TARGET_UNKNOWN", "route", "route names target(s) " + String.join(", ", names)
				+ " that this gateway does not have (or is deleting). Route to the gateway's targets (GET .../targets), or "
				+ "declare the target first.");
	}

}
