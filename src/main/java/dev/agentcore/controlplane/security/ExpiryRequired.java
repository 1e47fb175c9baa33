package dev.agentcore.controlplane.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses tokens without {@code exp}: the default timestamp check lets them through, and such a
 * token, once leaked, works forever.
 */
class ExpiryRequired implements OAuth2TokenValidator<Jwt> {

	static final String DESCRIPTION = "The token has no 'exp' claim; only access tokens that expire are accepted";

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		return jwt.getExpiresAt() != null ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, DESCRIPTION, null));
	}

}
