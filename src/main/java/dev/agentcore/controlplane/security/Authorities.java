package dev.agentcore.controlplane.security;

import org.springframework.security.core.Authentication;

/** What an authenticated caller may do, for the few operations whose scope depends on the request. */
public final class Authorities {

	private Authorities() {
	}

	/** Whether the caller holds the write scope (a probe that requests a token with a client secret needs it). */
	public static boolean mayWrite(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(granted -> Access.WRITE.authority().equals(granted.getAuthority()));
	}

}
