package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.List;

/**
 * What one preflight found: the statements that are missing, each with the statement to add, and
 * what could not be checked. A preflight with missing statements stops the resource with the
 * first one's code; the message names every one.
 */
final class PreflightFindings {

	private final List<Missing> missing = new ArrayList<>();

	private final List<String> checked = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	/**
	 * @param code the failure's code, e.g. ROLE_PERMISSION_MISSING
	 * @param what what is missing, naming the statement
	 * @param statement the statement to add, as JSON
	 */
	record Missing(String code, String what, String statement) {
	}

	void missing(String code, String what, String statement) {
		missing.add(new Missing(code, what, statement));
	}

	void checked(String what) {
		checked.add(what);
	}

	void note(String note) {
		notes.add(note);
	}

	boolean failed() {
		return !missing.isEmpty();
	}

	String code() {
		return missing.getFirst().code();
	}

	/** The history's account of the preflight: what held, what is missing, what could not be checked. */
	String summary() {
		StringBuilder text = new StringBuilder("Preflight (iam:GetRole, iam:SimulatePrincipalPolicy): ");
		text.append(failed() ? missing.size() + " missing statement(s)." : "passed.");
		if (!checked.isEmpty()) {
			text.append(" Holds: ").append(String.join("; ", checked)).append('.');
		}
		notes.forEach(note -> text.append(' ').append(note));
		return text.toString();
	}

	/** The terminal error: each missing statement and the statement to add, then how to go on. */
	String failure() {
		StringBuilder text = new StringBuilder("Preflight failed before any AgentCore call. ");
		for (Missing each : missing) {
			text.append(each.what());
			if (each.statement() != null) {
				text.append(" Add this statement: ").append(each.statement());
			}
			text.append(' ');
		}
		text.append("GET .../permissions shows the complete policies. Then POST .../reconcile.");
		return text.toString();
	}

}
