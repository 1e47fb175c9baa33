package dev.agentcore.controlplane.idp;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.network.PrivateEndpointOverride;
import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * An IDP profile as a team declares it.
 *
 * @param name unique in the team; lower-case letters, digits and inner hyphens
 * @param description free text
 * @param provider COGNITO, AUTH0, OKTA or OIDC: decides which rules apply
 * @param discoveryUrl the issuer's OpenID configuration (https, ends with /.well-known/openid-configuration);
 * absent for a managed profile, whose user pool the provisioner creates
 * @param allowedClients client ids accepted (Cognito: required; absent for a managed profile)
 * @param allowedAudience audiences accepted (Auth0, Okta: required; Cognito: forbidden)
 * @param allowedScopes scopes of which a token must carry one
 * @param customClaims further claims every token must carry
 * @param managed a Cognito identity provider for the control plane to create (user pool, domain, resource
 * server, app clients) instead of one the team runs
 * @param privateEndpoint for an identity provider that is not on the internet: how AgentCore reaches its discovery
 * URL and keys (a managed VPC or a VPC Lattice resource configuration you manage), as a target's private endpoint
 * @param privateEndpointOverrides at most 5: a private endpoint for particular domains of the identity provider
 */
@Schema(example = """
		{"name": "payments-cognito", "description": "M2M clients of the payments pool", "provider": "COGNITO",
		 "discoveryUrl": "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_gmSGKKGr9/.well-known/openid-configuration",
		 "allowedClients": ["4f2kq1v8example"], "allowedScopes": ["gateway/invoke"]}""")
record IdpProfileRequest(
		@NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]([a-z0-9-]*[a-z0-9])?", message = "must be lower-case letters, digits and inner hyphens") String name,
		@Size(max = 200) String description, @NotNull Provider provider,
		@Size(max = 2048) String discoveryUrl,
		@Size(max = 100) List<@NotBlank @Size(max = 255) String> allowedClients,
		@Size(max = 100) List<@NotBlank @Size(max = 255) String> allowedAudience,
		@Size(max = 100) List<@NotNull @Pattern(regexp = "[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,255}", message = "must be 1 to 255 printable characters without spaces, quotes or backslashes") String> allowedScopes,
		@Size(max = 50) List<@NotNull @Valid CustomClaim> customClaims, @Valid ManagedCognito managed,
		@Valid PrivateEndpoint privateEndpoint,
		@Size(max = 5) @ModelMember("CustomJWTAuthorizerConfiguration.privateEndpointOverrides") List<@NotNull @Valid PrivateEndpointOverride> privateEndpointOverrides) {

	/** A profile for an identity provider on the internet. */
	IdpProfileRequest(String name, String description, Provider provider, String discoveryUrl, List<String> allowedClients,
			List<String> allowedAudience, List<String> allowedScopes, List<CustomClaim> customClaims, ManagedCognito managed) {
		this(name, description, provider, discoveryUrl, allowedClients, allowedAudience, allowedScopes, customClaims, managed,
				null, null);
	}

	IdpProfileSpec spec() {
		return new IdpProfileSpec(description, provider, discoveryUrl, allowedClients, allowedAudience, allowedScopes,
				customClaims, privateEndpoint, privateEndpointOverrides);
	}

}
