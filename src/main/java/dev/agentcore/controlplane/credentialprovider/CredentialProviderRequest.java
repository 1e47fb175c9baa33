package dev.agentcore.controlplane.credentialprovider;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.Metadata;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;
import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * A credential provider as a team declares it (POST) or replaces it (PUT, full replacement). The secret (clientSecret,
 * apiKey) is write-only: sent to AgentCore, never stored or shown; a PUT without it keeps the one AgentCore holds, a
 * PUT with it rotates it.
 *
 * @param name unique in the account's token vault: letters, digits, '-' and '_', at most 128; cannot change
 * @param type OAUTH2 or API_KEY; cannot change
 * @param vendor OAUTH2: AgentCore's vendor, e.g. CustomOauth2, GithubOauth2, GoogleOauth2, MicrosoftOauth2,
 * SlackOauth2, SalesforceOauth2, AtlassianOauth2, LinkedinOauth2, CognitoOauth2, OktaOauth2, Auth0Oauth2 (the
 * service model's CredentialProviderVendorType)
 * @param oauth2 OAUTH2: the client at the vendor and, for CustomOauth2 and the vendors without their own
 * configuration in AgentCore, where the authorization server is
 * @param apiKey API_KEY: the key (write-only; required on POST)
 */
@Schema(example = """
		{"name": "github-orders", "type": "OAUTH2", "vendor": "GithubOauth2",
		 "oauth2": {"clientId": "Iv1.8a61f9b3a7aba766", "clientSecret": "..."}}""")
record CredentialProviderRequest(
		@NotBlank @ModelMember(value = "CreateOauth2CredentialProviderRequest.name", hint = "letters, digits, '-' and '_'") String name,
		@NotNull ProviderType type, String vendor, @Valid OAuth2Request oauth2,
		@Schema(accessMode = Schema.AccessMode.WRITE_ONLY) @ModelMember(value = "CreateApiKeyCredentialProviderRequest.apiKey", pattern = false) String apiKey) {

	/**
	 * @param clientId the OAuth client's id at the vendor
	 * @param clientSecret the client's secret (write-only; required on POST and with a changed configuration)
	 * @param discoveryUrl the authorization server's https://.../.well-known/openid-configuration (or
	 * oauth-authorization-server)
	 * @param authorizationServerMetadata the server's issuer and endpoints, when there is no discovery URL
	 */
	@Schema(name = "CredentialProviderOAuth2Request")
	record OAuth2Request(@ModelMember("IncludedOauth2ProviderConfigInput.clientId") String clientId,
			@Schema(accessMode = Schema.AccessMode.WRITE_ONLY) @ModelMember(value = "CustomOauth2ProviderConfigInput.clientSecret", pattern = false) String clientSecret,
			String discoveryUrl, @Valid MetadataRequest authorizationServerMetadata) {

		@Override
		public String toString() {
			return "OAuth2Request[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "null" : "(hidden)")
					+ ", discoveryUrl=" + discoveryUrl + "]";
		}

	}

	/** AgentCore's Oauth2AuthorizationServerMetadata. */
	@Schema(name = "CredentialProviderMetadataRequest")
	record MetadataRequest(@NotBlank String issuer, String authorizationEndpoint, String tokenEndpoint,
			List<@NotNull String> responseTypes,
			@ModelMember("Oauth2AuthorizationServerMetadata.tokenEndpointAuthMethods") List<@NotNull String> tokenEndpointAuthMethods) {
	}

	CredentialProviderSpec spec() {
		CredentialProviderSpec.OAuth2 config = oauth2 == null ? null
				: new CredentialProviderSpec.OAuth2(oauth2.clientId(), oauth2.discoveryUrl(),
						oauth2.authorizationServerMetadata() == null ? null : metadata(oauth2.authorizationServerMetadata()));
		return new CredentialProviderSpec(type, vendor, config);
	}

	/** The write-only secret of the request; null when it carries none. */
	String secret() {
		String secret = type == ProviderType.API_KEY ? apiKey : oauth2 == null ? null : oauth2.clientSecret();
		return secret == null || secret.isEmpty() ? null : secret;
	}

	/** A secret in the member of the other type. */
	String misplacedSecret() {
		if (type == ProviderType.API_KEY && oauth2 != null && oauth2.clientSecret() != null) {
			return "oauth2.clientSecret";
		}
		return type == ProviderType.OAUTH2 && apiKey != null ? "apiKey" : null;
	}

	private static Metadata metadata(MetadataRequest request) {
		return new Metadata(request.issuer(), request.authorizationEndpoint(), request.tokenEndpoint(),
				request.responseTypes(), request.tokenEndpointAuthMethods());
	}

	@Override
	public String toString() {
		return "CredentialProviderRequest[name=" + name + ", type=" + type + ", vendor=" + vendor + ", oauth2=" + oauth2
				+ ", apiKey=" + (apiKey == null ? "null" : "(hidden)") + "]";
	}

}
