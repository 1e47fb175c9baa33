package dev.agentcore.controlplane.idp;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a failed token request into what to change, in the words of the seed document: the
 * identity provider's OAuth error, or why the token endpoint could not be asked at all. Pure, so
 * every case is tested without an identity provider.
 */
final class TokenRemedies {

	private TokenRemedies() {
	}

	/**
	 * What the request was about.
	 *
	 * @param provider the profile's provider
	 * @param clientId the client
	 * @param requestedScopes the scopes asked for
	 * @param definedScopes the resource server's scopes, when the control plane manages it; else null
	 * @param clientScopes the scopes the client may request, when the control plane manages it; else null
	 * @param secretArn where a managed client's secret is; else null
	 * @param userPoolId the managed user pool; else null
	 */
	record Context(Provider provider, String clientId, List<String> requestedScopes, List<String> definedScopes,
			List<String> clientScopes, String secretArn, String userPoolId) {
	}

	/** The token endpoint answered an OAuth error. */
	static List<String> forError(String error, String description, Context context) {
		String code = error == null ? "" : error;
		String text = description == null ? "" : description;
		List<String> remedies = new ArrayList<>();
		if (code.contains("dpop") || text.toLowerCase(Locale.ROOT).contains("dpop")) {
			remedies.add("The application requires DPoP proofs. In Okta, open the application and turn off 'Require "
					+ "Demonstrating Proof of Possession (DPoP) header in token requests': AgentCore gateways accept plain "
					+ "bearer tokens.");
			return remedies;
		}
		switch (code) {
			case "invalid_client" -> remedies.add("The identity provider does not know client " + context.clientId()
					+ " with this secret (invalid_client). Check the client id and secret"
					+ (context.secretArn() != null ? " (the managed client's secret is in " + context.secretArn() + ")" : "")
					+ (context.provider() == Provider.COGNITO ? "; a Cognito app client needs a generated secret "
							+ "(create-user-pool-client --generate-secret), sent as 'Authorization: Basic base64(id:secret)'." : "."));
			case "unauthorized_client" -> remedies.add(unauthorizedClient(context));
			case "invalid_scope" -> remedies.add(invalidScope(context));
			case "access_denied" -> remedies.add(context.provider() == Provider.AUTH0
					? "Auth0 refused the client for this audience (access_denied): in Auth0, Applications > APIs > your API > "
							+ "Machine to Machine Applications, authorize the application and grant it the scopes."
					: "The identity provider refused the request (access_denied): " + text);
			case "unsupported_grant_type" -> remedies.add("The identity provider does not offer the client_credentials grant "
					+ "to this client; enable it for the application (Cognito: AllowedOAuthFlows client_credentials).");
			default -> remedies.add("The token endpoint answered '" + code + "'" + (text.isEmpty() ? "" : ": " + text) + ".");
		}
		return remedies;
	}

	/** Why a token endpoint URL cannot work before asking it; null when nothing is wrong. */
	static String beforeCalling(URI tokenEndpoint) {
		String host = tokenEndpoint.getHost() != null ? tokenEndpoint.getHost() : tokenEndpoint.getRawAuthority();
		if (host != null && host.contains("_")) {
			return "The token endpoint's host " + host + " contains an underscore, which no host name may. A Cognito "
					+ "domain is the user pool id without its underscore (us-west-2_gmSGKKGr9 becomes us-west-2gmsgkkgr9): "
					+ "https://<domain>.auth.<region>.amazoncognito.com/oauth2/token.";
		}
		return null;
	}

	/** The token endpoint's host does not resolve. */
	static String unresolvable(URI tokenEndpoint, Provider provider) {
		String base = "The token endpoint's host " + tokenEndpoint.getHost() + " does not resolve.";
		if (provider == Provider.COGNITO) {
			return base + " A Cognito token endpoint is https://<domain prefix>.auth.<region>.amazoncognito.com/oauth2/token: "
					+ "check the prefix (DescribeUserPool shows the pool's Domain) and remove any underscore of the pool id.";
		}
		return base + " Check the domain in the discovery document (open the discovery URL in a browser).";
	}

	/** The discovery document names no token endpoint. */
	static String noTokenEndpoint(String discoveryUrl, Provider provider) {
		String base = "The discovery document at " + discoveryUrl + " names no token_endpoint, so no client can get a token.";
		if (provider == Provider.COGNITO) {
			return base + " A Cognito user pool needs a domain for its token endpoint: aws cognito-idp create-user-pool-domain "
					+ "--user-pool-id <pool id> --domain <prefix without underscores>.";
		}
		return base + " Check the discovery URL in a browser and use the issuer's token endpoint.";
	}

	private static String unauthorizedClient(Context context) {
		return switch (context.provider()) {
			case COGNITO -> "The app client " + context.clientId() + " is not allowed the client-credentials flow "
					+ "(unauthorized_client). Enable it: aws cognito-idp update-user-pool-client --user-pool-id "
					+ (context.userPoolId() != null ? context.userPoolId() : "<pool id>") + " --client-id " + context.clientId()
					+ " --allowed-o-auth-flows client_credentials --allowed-o-auth-flows-user-pool-client "
					+ "--allowed-o-auth-scopes " + (context.clientScopes() != null && !context.clientScopes().isEmpty()
							? String.join(" ", context.clientScopes()) : "<identifier>/<scope>")
					+ " (and keep its generated secret).";
			case OKTA -> "The Okta application is not allowed the client-credentials grant (unauthorized_client): enable "
					+ "'Client Credentials' under General Settings > Grant type.";
			case AUTH0 -> "The Auth0 application may not use client credentials (unauthorized_client): enable the 'Client "
					+ "Credentials' grant under Applications > Advanced Settings > Grant Types, and authorize it for the API.";
			case OIDC -> "The client is not allowed the client-credentials grant (unauthorized_client); enable it for the client.";
		};
	}

	private static String invalidScope(Context context) {
		String asked = context.requestedScopes().isEmpty() ? "the client's default scopes" : context.requestedScopes().toString();
		if (context.definedScopes() != null) {
			return "The identity provider refused " + asked + " (invalid_scope). The resource server defines "
					+ context.definedScopes() + "; client " + context.clientId() + " may request "
					+ (context.clientScopes() == null ? "some of them" : context.clientScopes())
					+ ". Request one of those, or add the scope to the profile's managed resourceServer and client.";
		}
		return "The identity provider refused " + asked + " (invalid_scope): request only scopes the API defines and the "
				+ "client is allowed (Cognito: '<resource server identifier>/<scope>', listed on the app client's "
				+ "AllowedOAuthScopes).";
	}

}
