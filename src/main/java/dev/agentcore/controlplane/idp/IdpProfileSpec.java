package dev.agentcore.controlplane.idp;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.network.PrivateEndpointOverride;

/**
 * What a team declares for an IDP profile, stored as the aggregate's {@code spec}; maps to a
 * gateway's {@code customJWTAuthorizer}.
 *
 * @param privateEndpoint how AgentCore reaches an identity provider that is not on the internet; null for a public one
 * @param privateEndpointOverrides a private endpoint for particular domains of the identity provider; empty when none
 */
public record IdpProfileSpec(String description, Provider provider, String discoveryUrl, List<String> allowedClients,
		List<String> allowedAudience, List<String> allowedScopes, List<CustomClaim> customClaims,
		@JsonInclude(JsonInclude.Include.NON_NULL) PrivateEndpoint privateEndpoint,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<PrivateEndpointOverride> privateEndpointOverrides) {

	public IdpProfileSpec {
		allowedClients = allowedClients == null ? List.of() : List.copyOf(allowedClients);
		allowedAudience = allowedAudience == null ? List.of() : List.copyOf(allowedAudience);
		allowedScopes = allowedScopes == null ? List.of() : List.copyOf(allowedScopes);
		customClaims = customClaims == null ? List.of() : List.copyOf(customClaims);
		privateEndpointOverrides = privateEndpointOverrides == null ? List.of() : List.copyOf(privateEndpointOverrides);
	}

	/** A profile for an identity provider on the internet. */
	public IdpProfileSpec(String description, Provider provider, String discoveryUrl, List<String> allowedClients,
			List<String> allowedAudience, List<String> allowedScopes, List<CustomClaim> customClaims) {
		this(description, provider, discoveryUrl, allowedClients, allowedAudience, allowedScopes, customClaims, null, List.of());
	}

	/** Whether AgentCore reaches the identity provider, or any of its domains, through a private endpoint. */
	public boolean hasPrivateEndpoint() {
		return privateEndpoint != null || !privateEndpointOverrides.isEmpty();
	}

}
