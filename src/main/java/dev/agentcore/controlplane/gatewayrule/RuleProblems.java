package dev.agentcore.controlplane.gatewayrule;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

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
		return Problems.error(HttpStatus.BAD_REQUEST, "RULE_TARGET_UNKNOWN", "route names " + String.join(", ", names)
				+ ", which this gateway has no target (not being deleted) of that name. Route to one of the gateway's targets "
				+ "(GET .../targets) or declare the target first.");
	}

}
