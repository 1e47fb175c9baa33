package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.Map;

/**
 * Why a gateway with a profile would accept or refuse a token, check by check, with what to do.
 *
 * @param accepted whether every check passed
 * @param header the token's JOSE header
 * @param claims the token's claims (decoded, whatever the checks say)
 * @param checks signature, issuer, expiry, notBefore, audience, clients, scopes, then each custom claim
 * @param remedies what to change, in the words of the seed's troubleshooting section
 */
public record TokenCheck(boolean accepted, Map<String, Object> header, Map<String, Object> claims,
		List<Check> checks, List<String> remedies) {

	public enum Outcome {

		PASS, FAIL, SKIP

	}

	/**
	 * @param name what was checked
	 * @param outcome PASS, FAIL or SKIP (the profile does not check it)
	 * @param detail what was found
	 */
	public record Check(String name, Outcome outcome, String detail) {
	}

}
