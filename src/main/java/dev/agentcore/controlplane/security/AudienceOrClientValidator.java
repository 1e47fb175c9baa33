package dev.agentcore.controlplane.security;

import java.util.Collections;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Admits tokens the way AgentCore Gateway's JWT authorizer does, so one deployment serves every
 * identity provider of the seed: an {@code aud} must be one of the allowed audiences (Auth0,
 * Okta), and a token without a matching audience is admitted by its client id (Cognito
 * client-credentials tokens carry {@code client_id} and no {@code aud}). With neither list set,
 * issuer and signature alone decide.
 */
public class AudienceOrClientValidator implements OAuth2TokenValidator<Jwt> {

	private final List<String> audiences;

	private final List<String> clients;

	public AudienceOrClientValidator(SecuritySettings settings) {
		this.audiences = settings.allowedAudiences();
		this.clients = settings.allowedClients();
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		if (audiences.isEmpty() && clients.isEmpty()) {
			return OAuth2TokenValidatorResult.success();
		}
		List<String> tokenAudiences = TokenClaims.audiences(jwt);
		boolean audienceAllowed = !Collections.disjoint(tokenAudiences, audiences);
		if (!tokenAudiences.isEmpty() && !audiences.isEmpty() && !audienceAllowed) {
			return failure("The token's audience " + tokenAudiences + " is not accepted by this service");
		}
		String clientId = TokenClaims.clientId(jwt);
		if (audienceAllowed || (clientId != null && clients.contains(clientId))) {
			return OAuth2TokenValidatorResult.success();
		}
		return failure("The token names neither an audience nor a client id that this service accepts");
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
