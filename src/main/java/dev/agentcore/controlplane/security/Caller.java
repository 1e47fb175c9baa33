package dev.agentcore.controlplane.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.IdempotencyScope;
import dev.agentcore.controlplane.web.Problems;

/**
 * The authenticated caller as the control plane sees it. Controllers receive it with
 * {@code @AuthenticationPrincipal Caller caller}.
 *
 * @param subject the token's {@code sub}
 * @param team the team from the team claim or the client-id map; {@code null} when neither names one
 * @param scopes the control-plane scopes the caller holds, implied ones included
 * @param admin whether the caller sees every team
 * @param clientId the OAuth client that obtained the token, when the token names it
 * @param teamProblem why the team claim could not be used (it is not a string), or null
 */
public record Caller(String subject, String team, List<String> scopes, boolean admin, String clientId,
		String teamProblem) implements IdempotencyScope {

	public Caller(String subject, String team, List<String> scopes, boolean admin, String clientId) {
		this(subject, team, scopes, admin, clientId, null);
	}

	/** Keys are scoped to the team; a caller without a team gets keys of its own. */
	@Override
	public String idempotencyScope() {
		return team != null ? "team:" + team : "subject:" + subject;
	}

	/** Who did it, for events: the subject, and the client when it differs. */
	public String actor() {
		return clientId == null || clientId.equals(subject) ? subject : subject + " (client " + clientId + ")";
	}

	/** The caller's team, for creating and owning resources; a 403 problem when the token names none. */
	public String requireTeam() {
		if (team == null) {
			throw new CallerHasNoTeam(this);
		}
		return team;
	}

	/**
	 * Whose resources a list shows: the caller's team; for an admin, the {@code team} asked for, or every team
	 * (null) when none is.
	 */
	public String listScope(String team) {
		return admin ? (team == null || team.isBlank() ? null : team) : requireTeam();
	}

	/** Whether this caller may see a resource owned by {@code owner}. */
	public boolean canSee(String owner) {
		return admin || (team != null && team.equals(owner));
	}

	/** Raised when a token names no team, neither by claim nor by its client id. */
	static class CallerHasNoTeam extends ErrorResponseException {

		CallerHasNoTeam(Caller caller) {
			super(HttpStatus.FORBIDDEN, Problems.problem(HttpStatus.FORBIDDEN, "TEAM_UNKNOWN", caller.teamProblem() != null
					? "The token names no usable team: " + caller.teamProblem() + " Issue the team claim as one string."
					: "The token names no team: it has no team claim and its client id "
							+ (caller.clientId() == null ? "(none)" : "'" + caller.clientId() + "'")
							+ " is not mapped to a team. Add the team claim at the identity provider, or map the client "
							+ "with controlplane.security.client-teams.<client id>=<team>."),
					null);
		}

	}

}
