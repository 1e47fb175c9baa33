package dev.agentcore.controlplane.credentialprovider;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a team declares for a credential provider besides its name and its secret; stored as the aggregate's
 * {@code spec}. It never holds the client secret or the API key.
 *
 * @param type OAUTH2 or API_KEY
 * @param vendor OAUTH2: AgentCore's vendor (CustomOauth2, GithubOauth2, CognitoOauth2, ...); null for API_KEY
 * @param oauth2 OAUTH2: the client and how to find the authorization server; null for API_KEY
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CredentialProviderSpec(ProviderType type, String vendor, OAuth2 oauth2) {

	public enum ProviderType {

		OAUTH2, API_KEY

	}

	/**
	 * @param clientId the OAuth client's id at the vendor
	 * @param discoveryUrl the authorization server's OpenID or OAuth metadata URL (.well-known/...)
	 * @param authorizationServerMetadata the authorization server's metadata, when there is no discovery URL
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record OAuth2(String clientId, String discoveryUrl, Metadata authorizationServerMetadata) {
	}

	/** AgentCore's {@code Oauth2AuthorizationServerMetadata}. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "AuthorizationServerMetadata")
	public record Metadata(String issuer, String authorizationEndpoint, String tokenEndpoint, List<String> responseTypes,
			List<String> tokenEndpointAuthMethods) {
	}

}
