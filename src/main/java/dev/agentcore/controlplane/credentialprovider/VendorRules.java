package dev.agentcore.controlplane.credentialprovider;

import java.net.URI;
import java.util.regex.Pattern;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.Metadata;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.OAuth2;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;
import dev.agentcore.controlplane.web.InvalidRequest;

/**
 * The rules a provider's declaration follows before AWS sees it, each refusal with its own code naming the field
 * and the fix: which members each type and vendor takes (from the model, {@link Vendors}), that a custom OIDC vendor
 * says where its authorization server is, and the Cognito, Okta and Auth0 quirks of the identity guide (the issuer a
 * Cognito user pool has, its domain without the pool id's underscore, Okta's authorization server path, Auth0's
 * trailing slash).
 */
public final class VendorRules {

	private static final Pattern COGNITO_ISSUER = Pattern
		.compile("https://cognito-idp\\.([a-z0-9-]+)\\.amazonaws\\.com/\\1_[0-9A-Za-z]+");

	private VendorRules() {
	}

	/**
	 * Checks a declaration; {@code secretGiven} says whether the request carries the secret, {@code creating} whether
	 * it is the first (a new provider needs its secret).
	 */
	static void check(CredentialProviderSpec spec, boolean secretGiven, boolean creating) {
		if (spec.type() == ProviderType.API_KEY) {
			if (spec.vendor() != null || spec.oauth2() != null) {
				throw rule("API_KEY_TAKES_NO_OAUTH2", spec.vendor() != null ? "vendor" : "oauth2",
						"An API_KEY provider has only a name and an apiKey; leave vendor and oauth2 out.");
			}
			if (creating && !secretGiven) {
				throw rule("SECRET_REQUIRED", "apiKey", "A new API_KEY provider needs its apiKey.");
			}
			return;
		}
		String vendor = spec.vendor();
		if (vendor == null) {
			throw rule("VENDOR_REQUIRED", "vendor", "An OAUTH2 provider names its vendor, one of " + Vendors.all() + ".");
		}
		if (!Vendors.all().contains(vendor)) {
			throw rule("VENDOR_UNKNOWN", "vendor", "AgentCore has no vendor '" + vendor + "'; use one of " + Vendors.all()
					+ " (CustomOauth2 for any other OpenID Connect or OAuth 2.0 server).");
		}
		OAuth2 oauth2 = spec.oauth2();
		if (oauth2 == null || oauth2.clientId() == null || oauth2.clientId().isBlank()) {
			throw rule("CLIENT_ID_REQUIRED", "oauth2.clientId", "An OAUTH2 provider needs the clientId of its OAuth client at "
					+ vendor + ".");
		}
		if (creating && !secretGiven) {
			throw rule("SECRET_REQUIRED", "oauth2.clientSecret", "A new OAUTH2 provider needs its client's clientSecret.");
		}
		boolean url = oauth2.discoveryUrl() != null;
		boolean metadata = oauth2.authorizationServerMetadata() != null;
		if (url && metadata) {
			throw rule("DISCOVERY_AMBIGUOUS", "oauth2.discoveryUrl",
					"Give either discoveryUrl or authorizationServerMetadata, not both.");
		}
		if (Vendors.clientOnly(vendor) && (url || metadata)) {
			throw rule("VENDOR_KNOWS_ITS_SERVER", url ? "oauth2.discoveryUrl" : "oauth2.authorizationServerMetadata",
					"AgentCore knows " + vendor + "'s authorization server; give only clientId and clientSecret (or use "
							+ "CustomOauth2 for another server).");
		}
		if (vendor.equals(Vendors.CUSTOM) && !url && !metadata) {
			throw rule("DISCOVERY_REQUIRED", "oauth2.discoveryUrl", "A CustomOauth2 provider needs the authorization server's "
					+ "discoveryUrl (https://.../.well-known/openid-configuration) or its authorizationServerMetadata.");
		}
		if (url && !oauth2.discoveryUrl().matches(Vendors.discoveryUrlPattern())) {
			throw rule("DISCOVERY_URL_INVALID", "oauth2.discoveryUrl", "A discovery URL ends in "
					+ "/.well-known/openid-configuration or /.well-known/oauth-authorization-server.");
		}
		if (metadata) {
			metadata(oauth2.authorizationServerMetadata(), vendor.equals(Vendors.CUSTOM));
		}
		String issuer = issuer(vendor, oauth2);
		if (issuer != null) {
			quirks(vendor, issuer, oauth2.authorizationServerMetadata());
		}
	}

	/**
	 * The issuer of the authorization server: the metadata's, or the discovery URL without its well-known path (OpenID
	 * Connect discovery appends it to the issuer; Auth0's issuer keeps its trailing slash).
	 */
	public static String issuer(String vendor, OAuth2 oauth2) {
		if (oauth2.authorizationServerMetadata() != null) {
			return oauth2.authorizationServerMetadata().issuer();
		}
		String url = oauth2.discoveryUrl();
		if (url == null || !url.contains("/.well-known/")) {
			return null;
		}
		return url.substring(0, url.indexOf("/.well-known/")) + ("Auth0Oauth2".equals(vendor) ? "/" : "");
	}

	private static void metadata(Metadata metadata, boolean custom) {
		if (metadata.issuer() == null) {
			throw rule("METADATA_INCOMPLETE", "oauth2.authorizationServerMetadata.issuer", "The metadata needs the issuer.");
		}
		if (custom && (metadata.authorizationEndpoint() == null || metadata.tokenEndpoint() == null)) {
			throw rule("METADATA_INCOMPLETE", "oauth2.authorizationServerMetadata."
					+ (metadata.authorizationEndpoint() == null ? "authorizationEndpoint" : "tokenEndpoint"),
					"A CustomOauth2 server's metadata needs issuer, authorizationEndpoint and tokenEndpoint.");
		}
		for (String endpoint : new String[] { metadata.issuer(), metadata.authorizationEndpoint(), metadata.tokenEndpoint() }) {
			if (endpoint != null && !https(endpoint)) {
				throw rule("METADATA_NOT_HTTPS", "oauth2.authorizationServerMetadata", "'" + endpoint + "' is not an https URL; "
						+ "the issuer and the endpoints are https URLs.");
			}
		}
	}

	private static void quirks(String vendor, String issuer, Metadata metadata) {
		switch (vendor) {
			case "CognitoOauth2" -> {
				if (!COGNITO_ISSUER.matcher(issuer).matches()) {
					throw rule("COGNITO_ISSUER_INVALID", field(metadata), "A Cognito user pool's issuer is "
							+ "https://cognito-idp.<region>.amazonaws.com/<region>_<pool id> (its discovery URL adds "
							+ "/.well-known/openid-configuration), not '" + issuer + "'.");
				}
				if (metadata != null && metadata.tokenEndpoint() != null
						&& String.valueOf(URI.create(metadata.tokenEndpoint()).getAuthority()).contains("_")) {
					throw rule("COGNITO_DOMAIN_INVALID", "oauth2.authorizationServerMetadata.tokenEndpoint", "A Cognito domain "
							+ "has no underscore: the token endpoint is https://<domain>.auth.<region>.amazoncognito.com/oauth2/token, "
							+ "and a domain made from the pool id drops its underscore (us-west-2_gmSGKKGr9 becomes us-west-2gmSGKKGr9).");
				}
			}
			case "OktaOauth2" -> {
				if (!issuer.contains("/oauth2/")) {
					throw rule("OKTA_AUTHORIZATION_SERVER_REQUIRED", field(metadata), "Okta issues tokens for APIs from an "
							+ "authorization server: its issuer is https://<org>.okta.com/oauth2/<server> (the default one is "
							+ "/oauth2/default), not the org's '" + issuer + "'.");
				}
			}
			case "Auth0Oauth2" -> {
				if (!issuer.endsWith("/")) {
					throw rule("AUTH0_ISSUER_SLASH", field(metadata), "Auth0's issuer ends with a slash (https://<tenant>.auth0.com/); "
							+ "tokens would not match '" + issuer + "'.");
				}
			}
			default -> {
			}
		}
	}

	private static String field(Metadata metadata) {
		return metadata != null ? "oauth2.authorizationServerMetadata.issuer" : "oauth2.discoveryUrl";
	}

	private static boolean https(String url) {
		try {
			URI uri = URI.create(url);
			return "https".equals(uri.getScheme()) && uri.getAuthority() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static InvalidRequest rule(String code, String field, String detail) {
		return InvalidRequest.rule(code, field, detail);
	}

	/** AgentCore replaces an OAuth2 provider's whole configuration: a change to it carries the client secret again. */
	static void checkChange(CredentialProviderSpec current, CredentialProviderSpec requested, boolean withSecret) {
		if (requested.type() == ProviderType.OAUTH2 && !withSecret && current.type() == ProviderType.OAUTH2
				&& !current.equals(requested)) {
			throw CredentialProviderProblems.secretNeededForChange();
		}
	}

}
