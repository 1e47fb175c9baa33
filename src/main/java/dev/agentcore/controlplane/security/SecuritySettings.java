package dev.agentcore.controlplane.security;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the control plane accepts tokens and reads callers from them.
 *
 * @param allowedAudiences {@code aud} values accepted (Auth0, Okta); a token that carries an
 * {@code aud} must name one of them when the list is set
 * @param allowedClients client ids accepted ({@code client_id}, {@code azp} or {@code cid});
 * how Cognito client-credentials tokens, which carry no {@code aud}, are admitted
 * @param teamClaim the claim that names the caller's team
 * @param clientTeams team of machine clients whose tokens carry no team claim
 * @param scopes the scope names that grant read, write and admin
 */
@Validated
@ConfigurationProperties("controlplane.security")
public record SecuritySettings(@DefaultValue List<String> allowedAudiences, @DefaultValue List<String> allowedClients,
		@DefaultValue("team") @NotBlank String teamClaim, @DefaultValue Map<String, String> clientTeams,
		@DefaultValue @Valid Scopes scopes) {

	/** Scope names: Auth0/Okta style {@code controlplane:read}, Cognito style {@code controlplane/read}. */
	public record Scopes(@DefaultValue("controlplane:read") @NotBlank String read,
			@DefaultValue("controlplane:write") @NotBlank String write,
			@DefaultValue("controlplane:admin") @NotBlank String admin) {
	}

}
