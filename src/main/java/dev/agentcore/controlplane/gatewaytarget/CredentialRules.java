package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.Set;

import dev.agentcore.controlplane.gatewaytarget.Credentials.CredentialType;
import dev.agentcore.controlplane.gatewaytarget.Credentials.GrantType;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Violations;

/** Which members each kind of credentials takes, and AgentCore's matrix of credentials per target type. */
final class CredentialRules {

	private CredentialRules() {
	}

	/** Members that belong to another credential type, or are missing for this one: field errors. */
	static void members(Credentials credentials, Violations.Collector violations) {
		if (credentials == null || credentials.type() == null) {
			return;
		}
		CredentialType type = credentials.type();
		boolean oauth = type == CredentialType.OAUTH;
		boolean apiKey = type == CredentialType.API_KEY;
		if ((oauth || apiKey) && credentials.providerArn() == null && credentials.providerId() == null) {
			violations.add("credentials.providerArn", "is required for " + type + " (or providerId, a credential provider's id)");
		}
		if ((oauth || apiKey) && credentials.providerArn() != null && credentials.providerId() != null) {
			violations.add("credentials.providerId", "name the provider once: providerArn or providerId, not both");
		}
		if (!oauth && !apiKey && credentials.providerArn() != null) {
			violations.add("credentials.providerArn", "must be absent for " + type);
		}
		if (!oauth && !apiKey && credentials.providerId() != null) {
			violations.add("credentials.providerId", "must be absent for " + type);
		}
		if (oauth && credentials.scopes() == null) {
			violations.add("credentials.scopes", "is required for OAUTH ([] requests no scope)");
		}
		if (!oauth && (credentials.scopes() != null || credentials.customParameters() != null
				|| credentials.grantType() != null || credentials.defaultReturnUrl() != null)) {
			violations.add("credentials", "scopes, customParameters, grantType and defaultReturnUrl are for OAUTH only");
		}
		if (!apiKey && (credentials.parameterName() != null || credentials.prefix() != null
				|| credentials.location() != null)) {
			violations.add("credentials", "parameterName, prefix and location are for API_KEY only");
		}
		if (type != CredentialType.GATEWAY_IAM_ROLE && credentials.signing() != null) {
			violations.add("credentials.signing", "is for GATEWAY_IAM_ROLE only");
		}
		if (oauth && credentials.grantType() == GrantType.AUTHORIZATION_CODE && credentials.defaultReturnUrl() == null) {
			violations.add("credentials.defaultReturnUrl", "is required for the AUTHORIZATION_CODE grant");
		}
	}

	/** The type's matrix (API.md), each refusal with code CREDENTIALS_NOT_SUPPORTED naming what is allowed. */
	static void allowed(TargetType type, Credentials credentials) {
		if (credentials == null) {
			throw notSupported("credentials", type + " targets need credentials: one of " + type.allowedCredentials() + ".");
		}
		if (!type.allowedCredentials().contains(credentials.type())) {
			throw notSupported("credentials.type", type + " targets take " + type.allowedCredentials() + " credentials, not "
					+ credentials.type() + ".");
		}
		Set<GrantType> grants = type.allowedGrants();
		if (credentials.type() == CredentialType.OAUTH && !grants.contains(credentials.effectiveGrant())) {
			throw notSupported("credentials.grantType", type + " targets take OAUTH with the " + List.copyOf(grants)
					+ " grant, not " + credentials.effectiveGrant() + ".");
		}
		if (credentials.type() == CredentialType.GATEWAY_IAM_ROLE) {
			if (type.needsSigningName() && credentials.signing() == null) {
				throw notSupported("credentials.signing", type + " targets signed with the gateway's role need "
						+ "signing.service: the SigV4 name the endpoint expects (e.g. bedrock-agentcore, execute-api, lambda).");
			}
			if (!type.takesSigningName() && credentials.signing() != null) {
				throw notSupported("credentials.signing", "AgentCore knows the signing service of " + type
						+ " targets; leave signing out.");
			}
		}
	}

	/** An authorization-code grant returns the user to a URL the gateway's workload identity allows, or is refused. */
	static void returnUrlAllowed(dev.agentcore.controlplane.gateway.Gateway gateway, Credentials credentials) {
		String url = credentials.defaultReturnUrl();
		if (credentials.grantType() != GrantType.AUTHORIZATION_CODE || url == null
				|| gateway.spec().allowsReturnUrl(url)) {
			return;
		}
		throw InvalidRequest.rule("RETURN_URL_NOT_ALLOWED", "credentials.defaultReturnUrl", "The gateway's workload "
				+ "identity does not allow " + url + " as an OAuth return URL (it allows "
				+ gateway.spec().oauthReturnUrls() + "), so AgentCore could not send the user back after the consent. Add it "
				+ "to the gateway's oauthReturnUrls (PUT the gateway), or use one of those.");
	}

	private static InvalidRequest notSupported(String field, String detail) {
		return InvalidRequest.rule("CREDENTIALS_NOT_SUPPORTED", field, detail);
	}

}
