package dev.agentcore.controlplane.outbound;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dev.agentcore.controlplane.web.IdempotencyScope;

/**
 * Whose share of the outbound slots a fetch made during a request counts against: the caller's
 * team ({@code team:<name>}), or the caller itself when its token names no team. The caller's
 * {@link IdempotencyScope} is exactly that key, and reading it keeps this module free of the
 * security module. Null outside of requests.
 */
final class CallingTeam {

	private CallingTeam() {
	}

	static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof IdempotencyScope caller
				? caller.idempotencyScope() : null;
	}

}
