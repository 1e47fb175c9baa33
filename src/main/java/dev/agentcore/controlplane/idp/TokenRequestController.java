package dev.agentcore.controlplane.idp;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@Tag(name = "IDP profiles")
class TokenRequestController {

	private final TokenRequests tokens;

	private final Violations violations;

	TokenRequestController(TokenRequests tokens, Violations violations) {
		this.tokens = tokens;
		this.violations = violations;
	}

	@PostMapping("/api/v1/idp-profiles/{id}/token-requests")
	@Operation(summary = "Get a client-credentials token and explain the outcome",
			description = "Finds the token endpoint in the discovery document and asks it for a token the way the provider "
					+ "expects (Cognito: HTTP Basic on the hosted domain; Auth0: 'audience' in the request). A token is checked "
					+ "against the profile as a gateway would; a failure (invalid_client, unauthorized_client, invalid_scope, "
					+ "Okta's DPoP requirement, a domain that does not resolve, no token_endpoint) comes with remedies. Needs "
					+ "the write scope, since it uses a client secret. The token is returned only with returnToken; secrets and "
					+ "tokens are never stored or logged.")
	@ProblemResponses({ 400, 404, 409, 502 })
	TokenRequestResult request(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestBody TokenRequestBody body) {
		violations.of(body).throwIfAny();
		return tokens.obtain(caller, id, body).result();
	}

}
