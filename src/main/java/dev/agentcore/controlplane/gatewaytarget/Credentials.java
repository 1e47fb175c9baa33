package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How the gateway authenticates to the target. Only the members of the chosen type may be set.
 *
 * @param type GATEWAY_IAM_ROLE, OAUTH, API_KEY or NONE; which are allowed depends on the target type
 * @param providerArn OAUTH, API_KEY: the AgentCore Identity credential provider
 * @param scopes OAUTH: scopes to request
 * @param customParameters OAUTH: extra parameters of the token request
 * @param grantType OAUTH: CLIENT_CREDENTIALS or AUTHORIZATION_CODE
 * @param defaultReturnUrl OAUTH with AUTHORIZATION_CODE: where the user returns
 * @param parameterName API_KEY: the header or query parameter that carries the key
 * @param prefix API_KEY: prefix of the value, e.g. "Bearer"
 * @param location API_KEY: HEADER or QUERY_PARAMETER
 */
@Schema(example = "{\"type\": \"OAUTH\", \"providerArn\": \"arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/github\", \"scopes\": [\"repo\"], \"grantType\": \"CLIENT_CREDENTIALS\"}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Credentials(@NotNull CredentialType type,
		@Size(max = 2048) @Pattern(regexp = "arn:aws(-[a-z]+)*:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:token-vault/[\\w+=,.@/-]+", message = "must be an AgentCore credential provider ARN, arn:aws:bedrock-agentcore:<region>:<account>:token-vault/<vault>/<kind>/<name>, of letters, digits and +=,.@_-/") String providerArn,
		@Size(max = 100) List<@NotNull @Size(min = 1, max = 255) String> scopes,
		@Size(max = 10) Map<@Size(min = 1, max = 256) String, @NotNull @Size(max = 2048) String> customParameters,
		GrantType grantType,
		@Size(max = 2048) @Pattern(regexp = "https://.+", message = "must be an https URL") String defaultReturnUrl,
		@Size(min = 1, max = 64) String parameterName, @Size(max = 64) String prefix, KeyLocation location) {

	public enum CredentialType {

		GATEWAY_IAM_ROLE, OAUTH, API_KEY, NONE

	}

	public enum GrantType {

		CLIENT_CREDENTIALS, AUTHORIZATION_CODE

	}

	public enum KeyLocation {

		HEADER, QUERY_PARAMETER

	}

	static Credentials of(CredentialType type) {
		return new Credentials(type, null, null, null, null, null, null, null, null);
	}

}
