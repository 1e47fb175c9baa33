package dev.agentcore.controlplane.idp;

import java.util.regex.Pattern;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.network.PrivateEndpointOverride;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Violations;

/**
 * The seed document's identity-provider rules, checked before anything reaches AWS. Each broken
 * rule has its own code, because each is a mistake people make and need explained.
 */
final class IdpProfileRules {

	static final String WELL_KNOWN = "/.well-known/openid-configuration";

	static final Pattern COGNITO_DISCOVERY = Pattern
		.compile("https://cognito-idp\\.([a-z]{2}(-gov)?-[a-z]+-\\d)\\.amazonaws\\.com/(\\1)_[0-9A-Za-z]+" + Pattern.quote(WELL_KNOWN));

	private IdpProfileRules() {
	}

	/** Rules between fields that are reported with the other field errors. */
	static void claimShapes(IdpProfileSpec spec, Violations.Collector violations) {
		for (int i = 0; i < spec.customClaims().size(); i++) {
			CustomClaim claim = spec.customClaims().get(i);
			String path = "customClaims[" + i + "]";
			if (claim == null || claim.operator() == null || claim.valueType() == null || claim.values() == null) {
				continue;
			}
			if (claim.operator() == CustomClaim.Operator.EQUALS) {
				if (claim.valueType() != CustomClaim.ValueType.STRING) {
					violations.add(path + ".operator", "EQUALS works with valueType STRING; use CONTAINS or CONTAINS_ANY for STRING_ARRAY");
				}
			}
			else if (claim.valueType() != CustomClaim.ValueType.STRING_ARRAY) {
				violations.add(path + ".operator", claim.operator() + " works with valueType STRING_ARRAY; use EQUALS for STRING");
			}
			// AgentCore matches EQUALS and CONTAINS against one matchValueString, CONTAINS_ANY against a list.
			if (claim.operator() != CustomClaim.Operator.CONTAINS_ANY && claim.values().size() != 1) {
				violations.add(path + ".values", claim.operator() + " takes exactly one value; use CONTAINS_ANY to match any of several");
			}
		}
	}

	/**
	 * A request's rules in order: field errors (with the rules between fields) first, all reported together; then a
	 * managed Cognito's rules, or the seed's provider rules for a profile the team runs.
	 */
	static void checkRequest(IdpProfileRequest request, Violations.Collector found, boolean allowHttp) {
		claimShapes(request.spec(), found);
		PrivateEndpoint.check(request.privateEndpoint(), "privateEndpoint", found);
		PrivateEndpointOverride.check(request.privateEndpointOverrides(), "privateEndpointOverrides", found);
		if (request.managed() != null && request.spec().hasPrivateEndpoint()) {
			found.add(request.privateEndpoint() != null ? "privateEndpoint" : "privateEndpointOverrides",
					"a managed Cognito user pool is on the internet: leave the private endpoint out, or drop 'managed' and "
							+ "give the discoveryUrl of the private identity provider");
		}
		if (request.managed() == null && (request.discoveryUrl() == null || request.discoveryUrl().isBlank())) {
			found.add("discoveryUrl", "is required, unless 'managed' asks the control plane to create a Cognito user pool");
		}
		found.throwIfAny();
		if (request.managed() != null) {
			ManagedCognitoRules.check(request.spec(), request.managed());
		}
		else {
			check(request.spec(), allowHttp);
		}
	}

	/** The seed's provider rules, each with its own code; call once the fields are valid. */
	static void check(IdpProfileSpec spec, boolean allowHttp) {
		discoveryUrl(spec, allowHttp);
		reservedClaims(spec);
		switch (spec.provider()) {
			case COGNITO -> {
				if (!spec.allowedAudience().isEmpty()) {
					throw InvalidRequest.rule("COGNITO_TOKENS_HAVE_NO_AUD", "allowedAudience",
							"Cognito client-credentials tokens carry 'client_id' and no 'aud', so a gateway with "
									+ "allowedAudience answers '401 Invalid Bearer token'. Remove allowedAudience and list "
									+ "the app client ids in allowedClients.");
				}
				if (spec.allowedClients().isEmpty()) {
					throw InvalidRequest.rule("COGNITO_REQUIRES_ALLOWED_CLIENTS", "allowedClients",
							"Cognito tokens are matched by their 'client_id': list your app client id(s) in allowedClients.");
				}
			}
			case AUTH0, OKTA -> {
				if (spec.allowedAudience().isEmpty()) {
					throw InvalidRequest.rule("AUDIENCE_REQUIRED", "allowedAudience",
							spec.provider() + " access tokens are matched by their 'aud': list your API identifier "
									+ "(the audience you request tokens for) in allowedAudience.");
				}
			}
			case OIDC -> {
				if (spec.allowedClients().isEmpty() && spec.allowedAudience().isEmpty() && spec.allowedScopes().isEmpty()
						&& spec.customClaims().isEmpty()) {
					throw InvalidRequest.rule("AUTHORIZER_EMPTY", "allowedAudience",
							"An authorizer that checks nothing but the signature would admit every token of the issuer. "
									+ "Set at least one of allowedAudience, allowedClients, allowedScopes or customClaims.");
				}
			}
		}
	}

	/** {@code client_id} is checked through allowedClients, never as a custom claim. */
	static void reservedClaims(IdpProfileSpec spec) {
		for (int i = 0; i < spec.customClaims().size(); i++) {
			if ("client_id".equals(spec.customClaims().get(i).name())) {
				throw InvalidRequest.rule("RESERVED_CLAIM", "customClaims[" + i + "].name",
						"'client_id' cannot be a custom claim: the authorizer checks it through allowedClients. "
								+ "Move the value to allowedClients.");
			}
		}
	}

	private static void discoveryUrl(IdpProfileSpec spec, boolean allowHttp) {
		String url = spec.discoveryUrl();
		boolean scheme = url.startsWith("https://") || (allowHttp && url.startsWith("http://"));
		if (!scheme || !url.endsWith(WELL_KNOWN) || url.length() <= (url.indexOf("://") + 3 + WELL_KNOWN.length())) {
			throw InvalidRequest.rule("INVALID_DISCOVERY_URL", "discoveryUrl",
					"The discovery URL must be https and end with " + WELL_KNOWN
							+ ", e.g. https://dev-example.us.auth0.com" + WELL_KNOWN + ".");
		}
		if (spec.provider() == Provider.COGNITO && !COGNITO_DISCOVERY.matcher(url).matches()) {
			throw InvalidRequest.rule("INVALID_DISCOVERY_URL", "discoveryUrl",
					"A Cognito discovery URL has the form https://cognito-idp.<region>.amazonaws.com/<region>_<pool id>"
							+ WELL_KNOWN + " (the user pool id, e.g. us-west-2_gmSGKKGr9).");
		}
	}

}
