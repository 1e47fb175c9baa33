package dev.agentcore.controlplane.outbound;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.agentcore.controlplane.security.Caller;

/**
 * Whose share of the outbound slots a fetch made during a request counts against: the caller's
 * team, or the caller itself when its token names no team. Null outside of requests.
 */
final class CallingTeam {

	private CallingTeam() {
	}

	static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
			return null;
		}
		return caller.team() != null ? "team:" + caller.team() : "subject:" + caller.subject();
	}

}
