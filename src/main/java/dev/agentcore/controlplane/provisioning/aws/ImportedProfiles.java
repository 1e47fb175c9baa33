package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.idp.CustomClaim;
import dev.agentcore.controlplane.idp.IdpProfileSpec;
import dev.agentcore.controlplane.idp.Provider;

import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.list;
import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.text;

/**
 * A gateway's {@code customJWTAuthorizer} as an IDP profile's spec: the reverse of the authorizer
 * {@link GatewayRequests} builds. The provider follows from the discovery URL where the profile
 * rules allow it (a Cognito pool without audiences, Auth0 and Okta with one), else OIDC.
 */
final class ImportedProfiles {

	private ImportedProfiles() {
	}

	static IdpProfileSpec profile(String gatewayName, JsonNode jwt) {
		List<String> clients = list(jwt.path("allowedClients"));
		List<String> audience = list(jwt.path("allowedAudience"));
		String url = text(jwt, "discoveryUrl");
		List<CustomClaim> claims = new ArrayList<>();
		for (JsonNode claim : jwt.path("customClaims").values()) {
			JsonNode match = claim.path("authorizingClaimMatchValue");
			JsonNode value = match.path("claimMatchValue");
			claims.add(new CustomClaim(text(claim, "inboundTokenClaimName"),
					CustomClaim.ValueType.valueOf(text(claim, "inboundTokenClaimValueType")),
					CustomClaim.Operator.valueOf(text(match, "claimMatchOperator")),
					value.has("matchValueStringList") ? list(value.get("matchValueStringList"))
							: List.of(text(value, "matchValueString"))));
		}
		return new IdpProfileSpec("Imported with gateway " + gatewayName, provider(url, clients, audience), url, clients,
				audience, list(jwt.path("allowedScopes")), claims);
	}

	private static Provider provider(String url, List<String> clients, List<String> audience) {
		String host = url == null ? "" : url.toLowerCase(Locale.ROOT);
		if (host.contains("cognito-idp.") && audience.isEmpty() && !clients.isEmpty()) {
			return Provider.COGNITO;
		}
		if (host.contains(".auth0.com/") && !audience.isEmpty()) {
			return Provider.AUTH0;
		}
		if ((host.contains(".okta.com/") || host.contains(".oktapreview.com/")) && !audience.isEmpty()) {
			return Provider.OKTA;
		}
		return Provider.OIDC;
	}

}
