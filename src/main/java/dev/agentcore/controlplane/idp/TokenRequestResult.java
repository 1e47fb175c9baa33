package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a token request obtained, or why it failed and what to do. {@link #toString()} never shows
 * the token.
 *
 * @param obtained whether the identity provider issued a token
 * @param clientId the client the token was requested for
 * @param tokenEndpoint where it was requested (from the discovery document)
 * @param httpStatus the token endpoint's HTTP status; null when it was not reached
 * @param error the OAuth error code (invalid_client, unauthorized_client, invalid_scope, ...)
 * @param errorDescription the identity provider's words about it
 * @param expiresIn seconds until the token expires
 * @param claims the token's claims (decoded; the check verifies them)
 * @param check the token check against this profile, as a gateway using it would run it
 * @param remedies what to change, most likely first
 * @param token the access token, only when returnToken was true
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenRequestResult(boolean obtained, String clientId, String tokenEndpoint, Integer httpStatus, String error,
		String errorDescription, Long expiresIn, Map<String, Object> claims, TokenCheck check, List<String> remedies,
		String token) {

	static TokenRequestResult failed(String clientId, String tokenEndpoint, Integer httpStatus, String error,
			String description, List<String> remedies) {
		return new TokenRequestResult(false, clientId, tokenEndpoint, httpStatus, error, description, null, null, null,
				remedies, null);
	}

	TokenRequestResult withToken(String value) {
		return new TokenRequestResult(obtained, clientId, tokenEndpoint, httpStatus, error, errorDescription, expiresIn,
				claims, check, remedies, value);
	}

	@Override
	public String toString() {
		return "TokenRequestResult[obtained=" + obtained + ", clientId=" + clientId + ", error=" + error + ", token="
				+ (token == null ? "none" : "<redacted>") + "]";
	}

}
