package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * "Would this caller be allowed to call this tool with this input?" The token is never stored or
 * logged; {@link #toString()} does not show it.
 *
 * @param principal who calls: exactly one of a token (verified like a token check), its claims, or an IAM ARN
 * @param tool the tool, {@code <target>___<tool>}
 * @param input the tool call's arguments
 * @param policies proposed statements evaluated instead of the engine's (nothing is stored)
 */
@Schema(example = """
		{"principal": {"claims": {"sub": "agent-7", "scope": "orders:read"}}, "tool": "orders___list_orders",
		 "input": {"limit": 25}}""")
record AuthorizationCheckRequest(@NotNull @Valid Principal principal, @NotBlank @Size(max = 512) String tool,
		Map<String, Object> input,
		@Size(max = PolicyManagement.PER_ENGINE) List<@NotNull @Size(min = 35, max = 10000) String> policies) {

	AuthorizationCheckRequest {
		input = input == null ? Map.of() : input;
	}

	@Override
	public String toString() {
		return "AuthorizationCheckRequest[tool=" + tool + ", principal=" + principal + "]";
	}

	/**
	 * @param token an access token for a CUSTOM_JWT gateway, without "Bearer "
	 * @param claims the claims of a token, without one (CUSTOM_JWT or NONE gateways; {@code sub} required)
	 * @param iamArn the caller's IAM ARN, for an AWS_IAM gateway
	 */
	record Principal(@Size(max = 16384) String token, Map<String, Object> claims,
			@Size(max = 2048) String iamArn) {

		@Override
		public String toString() {
			return token != null ? "token=<redacted>" : claims != null ? "claims" : "iamArn=" + iamArn;
		}

	}

}
