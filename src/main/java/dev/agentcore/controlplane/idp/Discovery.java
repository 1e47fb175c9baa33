package dev.agentcore.controlplane.idp;

import java.time.Instant;

/**
 * The result of the live discovery check.
 *
 * @param state PENDING (not checked yet), VALID, INVALID (reachable but wrong) or UNREACHABLE
 * @param issuer the discovery document's issuer
 * @param jwksUri where the signing keys are
 * @param tokenEndpoint where clients get tokens
 * @param checkedAt when the check ran
 * @param message what is wrong, or what was found
 */
public record Discovery(State state, String issuer, String jwksUri, String tokenEndpoint, Instant checkedAt,
		String message) {

	public enum State {

		PENDING, VALID, INVALID, UNREACHABLE

	}

	static Discovery pending() {
		return new Discovery(State.PENDING, null, null, null, null, "Not checked yet.");
	}

}
