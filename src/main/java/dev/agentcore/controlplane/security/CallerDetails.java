package dev.agentcore.controlplane.security;

/**
 * What another module adds to {@code GET /api/v1/me} about the caller (e.g. the accounts and regions the team may
 * use), so the caller's module does not depend on theirs.
 */
public interface CallerDetails {

	/** The member's name in the response. */
	String name();

	/** Its value for {@code caller}, serialized as JSON. */
	Object of(Caller caller);

}
