package dev.agentcore.controlplane.agentaccess;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an agent needs to call a gateway. Nothing secret: a managed client's secret is named by the
 * ARN of its Secrets Manager secret, and other secrets are left for you to fill in.
 *
 * @param gatewayUrl the MCP endpoint
 * @param authorizerType CUSTOM_JWT, AUTHENTICATE_ONLY, AWS_IAM or NONE
 * @param provider the IDP profile's provider (CUSTOM_JWT and AUTHENTICATE_ONLY only)
 * @param discoveryUrl the issuer's OpenID configuration
 * @param tokenEndpoint where clients get tokens (from the last discovery check)
 * @param clients the clients the gateway admits, with the scopes to request and, for managed ones, the secret's ARN
 * @param audience the audience to request tokens for (Auth0, Okta)
 * @param env an {@code .env} file with the variables named for the provider (COGNITO_*, AUTH0_*, OKTA_*, OIDC_*)
 * @param curl commands that get a token and list the gateway's tools
 * @param notes what you still have to do
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ConnectionDetails(String gatewayId, String gatewayUrl, String authorizerType, String provider, String discoveryUrl,
		String tokenEndpoint, List<AgentClient> clients, List<String> audience, String env, String curl, List<String> notes) {

	/**
	 * @param name the managed client's name (null for clients the team runs)
	 * @param clientId the value of {@code client_id} in its tokens
	 * @param scopes the scopes it requests
	 * @param secretArn the Secrets Manager secret with its client secret (managed clients only)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AgentClient(String name, String clientId, List<String> scopes, String secretArn) {
	}

}
