package dev.agentcore.controlplane.local;

import java.time.Instant;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.security.SecuritySettings;

/**
 * Mints tokens shaped like the two families of the seed document: Auth0/Okta access tokens
 * carry {@code aud}; Cognito client-credentials tokens carry {@code client_id} and no {@code aud}.
 */
@Component
@Profile("local")
class LocalTokens {

	static final String DEFAULT_AUDIENCE = "controlplane";

	static final String DEFAULT_CLIENT = "local-client";

	static final String DEFAULT_COGNITO_CLIENT = "local-cognito-client";

	private final LocalIssuer issuer;

	private final SecuritySettings security;

	LocalTokens(LocalIssuer issuer, SecuritySettings security) {
		this.issuer = issuer;
		this.security = security;
	}

	/** A token for every scope of the control plane, for the start-up hint. */
	IssuedToken admin(String team, long expiresInSeconds) {
		SecuritySettings.Scopes scopes = security.scopes();
		return issue(new TokenRequest("local-admin", team, List.of(scopes.read(), scopes.write(), scopes.admin()), null,
				null, TokenRequest.Style.auth0, expiresInSeconds));
	}

	IssuedToken issue(TokenRequest request) {
		TokenRequest.Style style = request.style() == null ? TokenRequest.Style.auth0 : request.style();
		long lifetime = request.expiresInSeconds() == null ? 3600 : request.expiresInSeconds();
		Instant now = Instant.now();
		List<String> scopes = request.scopes() == null
				? List.of(security.scopes().read(), security.scopes().write()) : request.scopes();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issueTime(java.util.Date.from(now))
			.notBeforeTime(java.util.Date.from(now))
			.expirationTime(java.util.Date.from(now.plusSeconds(lifetime)))
			.claim("scope", String.join(" ", scopes));
		if (style == TokenRequest.Style.cognito) {
			String clientId = orElse(request.clientId(), DEFAULT_COGNITO_CLIENT);
			claims.subject(orElse(request.subject(), clientId))
				.claim("client_id", clientId)
				.claim("token_use", "access")
				.claim("version", 2);
		}
		else {
			claims.subject(orElse(request.subject(), "local-user"))
				.audience(orElse(request.audience(), defaultAudience()))
				.claim("client_id", orElse(request.clientId(), DEFAULT_CLIENT));
		}
		if (request.team() != null) {
			claims.claim(security.teamClaim(), request.team());
		}
		return new IssuedToken(issuer.sign(claims), "Bearer", lifetime);
	}

	private String defaultAudience() {
		return security.allowedAudiences().isEmpty() ? DEFAULT_AUDIENCE : security.allowedAudiences().get(0);
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

}
