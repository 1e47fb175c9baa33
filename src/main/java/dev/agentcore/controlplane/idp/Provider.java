package dev.agentcore.controlplane.idp;

/** The identity provider family, which decides how its tokens must be matched. */
public enum Provider {

	/** Client-credentials tokens carry {@code client_id} and no {@code aud}: match with allowedClients. */
	COGNITO,
	/** Access tokens carry {@code aud} (the API identifier): match with allowedAudience. */
	AUTH0,
	/** Access tokens carry {@code aud} of the authorization server: match with allowedAudience. */
	OKTA,
	/** Any OpenID Connect issuer. */
	OIDC

}
