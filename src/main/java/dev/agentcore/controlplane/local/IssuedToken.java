package dev.agentcore.controlplane.local;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An OAuth 2.0 token response (RFC 6749 section 5.1). */
record IssuedToken(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn) {
}
