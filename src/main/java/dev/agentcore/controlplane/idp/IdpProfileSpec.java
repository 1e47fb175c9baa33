package dev.agentcore.controlplane.idp;

import java.util.List;

/**
 * What a team declares for an IDP profile, stored as the aggregate's {@code spec}; maps to a
 * gateway's {@code customJWTAuthorizer}.
 */
public record IdpProfileSpec(String description, Provider provider, String discoveryUrl, List<String> allowedClients,
		List<String> allowedAudience, List<String> allowedScopes, List<CustomClaim> customClaims) {

	public IdpProfileSpec {
		allowedClients = allowedClients == null ? List.of() : List.copyOf(allowedClients);
		allowedAudience = allowedAudience == null ? List.of() : List.copyOf(allowedAudience);
		allowedScopes = allowedScopes == null ? List.of() : List.copyOf(allowedScopes);
		customClaims = customClaims == null ? List.of() : List.copyOf(customClaims);
	}

}
