package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * How the gateway authenticates to the target. Only the members of the chosen type may be set;
 * which types (and OAuth grants) a target may use is {@link TargetType}'s matrix.
 *
 * @param type NONE, GATEWAY_IAM_ROLE, OAUTH, API_KEY, CALLER_IAM_CREDENTIALS (sign with the caller's identity; AWS_IAM
 * gateways) or JWT_PASSTHROUGH (forward the caller's JWT; CUSTOM_JWT or AUTHENTICATE_ONLY gateways)
 * @param signing GATEWAY_IAM_ROLE: the SigV4 signing service and region; required for MCP_SERVER and OPENAPI
 * @param providerArn OAUTH, API_KEY: the AgentCore Identity credential provider
 * @param scopes OAUTH: scopes to request (required, at most 100, each 1 to 64 characters)
 * @param customParameters OAUTH: extra parameters of the token request, 1 to 10
 * @param grantType OAUTH: CLIENT_CREDENTIALS, AUTHORIZATION_CODE (a person consents) or TOKEN_EXCHANGE (on behalf of
 * the caller)
 * @param defaultReturnUrl OAUTH with AUTHORIZATION_CODE: where the user returns
 * @param parameterName API_KEY: the header or query parameter that carries the key
 * @param prefix API_KEY: prefix of the value, e.g. "Bearer"
 * @param location API_KEY: HEADER or QUERY_PARAMETER
 * @param providerId OAUTH, API_KEY: a credential provider of the control plane (POST /api/v1/credential-providers), instead
 * of providerArn; the target waits for it to be READY and uses its ARN
 */
@Schema(example = "{\"type\": \"OAUTH\", \"providerArn\": \"arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/github\", \"scopes\": [\"repo\"], \"grantType\": \"CLIENT_CREDENTIALS\"}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Credentials(@NotNull CredentialType type, @Valid Signing signing,
		@ModelMember(pattern = false, value = "OAuthCredentialProvider.providerArn") @Size(max = 2048) @Pattern(regexp = "arn:aws(-[a-z]+)*:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[\\w+=,.@/-]+", message = "must be an AgentCore credential provider ARN, arn:aws:bedrock-agentcore:<region>:<account>:token-vault/<vault>/<kind>/<name>, of letters, digits and +=,.@_-/") String providerArn,
		@ModelMember("OAuthCredentialProvider.scopes") List<@NotNull @ModelMember("OAuthScopes.member") String> scopes,
		@ModelMember("OAuthCredentialProvider.customParameters") Map<@NotNull @ModelMember("OAuthCustomParameters.key") String, @NotNull @ModelMember("OAuthCustomParameters.value") String> customParameters,
		GrantType grantType,
		@ModelMember(value = "OAuthCredentialProvider.defaultReturnUrl", hint = "a URL, e.g. https://app.example.com/callback") String defaultReturnUrl,
		@ModelMember("GatewayApiKeyCredentialProvider.credentialParameterName") String parameterName, @ModelMember("GatewayApiKeyCredentialProvider.credentialPrefix") String prefix, KeyLocation location,
		java.util.UUID providerId) {

	public enum CredentialType {

		NONE, GATEWAY_IAM_ROLE, OAUTH, API_KEY, CALLER_IAM_CREDENTIALS, JWT_PASSTHROUGH

	}

	public enum GrantType {

		CLIENT_CREDENTIALS, AUTHORIZATION_CODE, TOKEN_EXCHANGE

	}

	public enum KeyLocation {

		HEADER, QUERY_PARAMETER

	}

	/**
	 * SigV4 signing of requests to the target with the gateway's role (AgentCore's
	 * {@code iamCredentialProvider}).
	 *
	 * @param service the signing name the target expects: bedrock-agentcore (an MCP server on AgentCore Runtime, another
	 * gateway), execute-api (API Gateway), lambda (a function URL), ...
	 * @param region the signing region; the gateway's when absent
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Signing(
			@NotBlank @ModelMember(value = "IamCredentialProvider.service", hint = "an AWS signing name such as execute-api") String service,
			@ModelMember(value = "IamCredentialProvider.region", hint = "an AWS region such as us-east-1") String region) {
	}

	/** Credentials naming their provider by ARN. */
	public Credentials(CredentialType type, Signing signing, String providerArn, List<String> scopes,
			Map<String, String> customParameters, GrantType grantType, String defaultReturnUrl, String parameterName,
			String prefix, KeyLocation location) {
		this(type, signing, providerArn, scopes, customParameters, grantType, defaultReturnUrl, parameterName, prefix,
				location, null);
	}

	/** Credentials without a signing name. */
	public Credentials(CredentialType type, String providerArn, List<String> scopes, Map<String, String> customParameters,
			GrantType grantType, String defaultReturnUrl, String parameterName, String prefix, KeyLocation location) {
		this(type, null, providerArn, scopes, customParameters, grantType, defaultReturnUrl, parameterName, prefix, location,
				null);
	}

	static Credentials of(CredentialType type) {
		return new Credentials(type, null, null, null, null, null, null, null, null, null);
	}

	/** The same credentials naming the provider by {@code arn} (a provider named by id, resolved). */
	public Credentials withProviderArn(String arn) {
		return new Credentials(type, signing, arn, scopes, customParameters, grantType, defaultReturnUrl, parameterName,
				prefix, location, providerId);
	}

	/** The OAuth grant, with AgentCore's default. */
	public GrantType effectiveGrant() {
		return grantType == null ? GrantType.CLIENT_CREDENTIALS : grantType;
	}

}
