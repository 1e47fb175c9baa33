package dev.agentcore.controlplane.idp;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A token to diagnose. It is never stored or logged; {@link #toString()} does not show it.
 *
 * @param token the access token, without "Bearer "
 */
public record TokenCheckRequest(@NotBlank @Size(max = 16384) @Schema(example = "eyJraWQiOi...") String token) {

	@Override
	public String toString() {
		return "TokenCheckRequest[token=<redacted>]";
	}

}
