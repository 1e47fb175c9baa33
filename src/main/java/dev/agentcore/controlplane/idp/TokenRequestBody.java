package dev.agentcore.controlplane.idp;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A client-credentials token request to make on a team's behalf. Exactly one of
 * {@code clientSecret} (with {@code clientId}), {@code secretArn} or {@code managedClient}. Nothing
 * of it is stored or logged; {@link #toString()} shows no secret.
 *
 * @param clientId the OAuth client; defaults to the managed client's id with secretArn or managedClient
 * @param clientSecret its secret, used for this one request
 * @param secretArn the Secrets Manager secret of one of this profile's managed clients
 * @param managedClient the name of one of this profile's managed clients
 * @param scopes the scopes to request (Cognito: {@code <identifier>/<scope>}); none asks for the client's defaults
 * @param audience the API to request a token for (Auth0's {@code audience}); defaults to the profile's first allowedAudience
 * @param returnToken whether the answer includes the access token itself (default: only its claims)
 */
@Schema(example = "{\"managedClient\": \"orders-agent\", \"scopes\": [\"gateway-api/read\"]}")
public record TokenRequestBody(@Size(max = 255) String clientId, @Size(max = 1024) String clientSecret,
		@Size(max = 2048) @Pattern(regexp = "arn:aws[a-z-]*:secretsmanager:.+", message = "must be a Secrets Manager secret ARN") String secretArn,
		@Size(max = 128) String managedClient,
		@Size(max = 50) List<@NotBlank @Size(max = 256) @Pattern(regexp = "[\\x21\\x23-\\x5B\\x5D-\\x7E]+", message = "must be one scope without spaces, quotes or backslashes") String> scopes,
		@Size(max = 600) String audience, Boolean returnToken) {

	public TokenRequestBody {
		scopes = scopes == null ? List.of() : List.copyOf(scopes);
	}

	boolean wantsToken() {
		return Boolean.TRUE.equals(returnToken);
	}

	@Override
	public String toString() {
		return "TokenRequestBody[clientId=" + clientId + ", secretArn=" + secretArn + ", managedClient=" + managedClient
				+ ", scopes=" + scopes + ", audience=" + audience + ", clientSecret=" + (clientSecret == null ? "none" : "<redacted>")
				+ "]";
	}

}
