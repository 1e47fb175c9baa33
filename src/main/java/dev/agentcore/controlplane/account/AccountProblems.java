package dev.agentcore.controlplane.account;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/** The problems of accounts and placement, each naming what to do. */
public final class AccountProblems {

	private AccountProblems() {
	}

	static ErrorResponseException adminsOnly() {
		return Problems.error(HttpStatus.FORBIDDEN, "ADMIN_ONLY", "Only admins manage accounts. Ask an admin, or use a "
				+ "token with the admin scope.");
	}

	static ErrorResponseException accountTaken(String accountId) {
		return Problems.conflict("NAME_TAKEN", "Account " + accountId + " is already declared. PUT the existing account "
				+ "to change it.");
	}

	/** Refused while gateways are placed in the account; names them. */
	static ErrorResponseException holdsGateways(String accountId, List<String> gateways) {
		return Problems.conflict("ACCOUNT_HOLDS_GATEWAYS", "Account " + accountId + " holds " + gateways.size()
				+ " gateway(s) or policy engine(s): " + String.join(", ", gateways) + ". Delete them first, then delete the "
				+ "account.");
	}

	/** A team may place a gateway only where an account allows it. */
	public static ErrorResponseException placementNotAllowed(String team, String accountId, String region,
			String allowed) {
		return Problems.error(HttpStatus.FORBIDDEN, "PLACEMENT_NOT_ALLOWED", "Team " + team + " may not place gateways in "
				+ "account " + accountId + ", region " + region + ". " + allowed);
	}

}
