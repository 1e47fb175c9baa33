package dev.agentcore.controlplane.local;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What {@code POST /local/tokens} takes; every field is optional.
 *
 * @param subject {@code sub}; defaults to {@code local-user}, or the client id for Cognito style
 * @param team the team claim; absent when not given (Cognito-style callers then get their
 * team from the client-id map)
 * @param scopes scopes, written to {@code scope} as a space-separated string; defaults to read and write
 * @param audience {@code aud} for Auth0 style; ignored for Cognito style, whose tokens have none
 * @param clientId {@code client_id}
 * @param style {@code auth0} (has {@code aud}) or {@code cognito} (has {@code client_id}, no {@code aud})
 * @param expiresInSeconds lifetime, 1 second to 7 days; defaults to one hour
 */
record TokenRequest(@Size(max = 255) String subject, @Size(max = 255) String team,
		@Size(max = 50) List<@NotBlank @Size(max = 255) String> scopes, @Size(max = 255) String audience,
		@Size(max = 255) String clientId, @Schema(defaultValue = "auth0") Style style,
		@Min(1) @Max(604800) Long expiresInSeconds) {

	enum Style {

		auth0, cognito

	}

}
