package dev.agentcore.controlplane.agentaccess;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@Tag(name = "Gateways")
class AgentAccessController {

	private final GatewayProbes probes;

	private final GatewayConnections connections;

	private final Violations violations;

	AgentAccessController(GatewayProbes probes, GatewayConnections connections, Violations violations) {
		this.probes = probes;
		this.connections = connections;
		this.violations = violations;
	}

	@PostMapping("/api/v1/gateways/{id}/probes")
	@Operation(summary = "Call the gateway as an agent would",
			description = "Sends MCP 'initialize' and then 'tools/list' through every page (streamable HTTP, JSON-RPC 2.0) to "
					+ "the gateway's URL, with the given token, a token obtained by 'tokenRequest' (needs the write scope), the "
					+ "service's SigV4 signature (AWS_IAM) or nothing (NONE). Answers the HTTP status, whether the gateway "
					+ "admitted the caller, the tools listed, the declared ones missing and the unexpected ones; a 401 comes "
					+ "with the token check against the gateway's IDP profile and its remedies. Tokens are never stored or logged.")
	@ProblemResponses({ 400, 404, 409 })
	ProbeResult probe(@AuthenticationPrincipal Caller caller, Authentication authentication, @PathVariable UUID id,
			@RequestBody(required = false) ProbeRequest request) {
		ProbeRequest probe = request == null ? new ProbeRequest(null, null) : request;
		violations.of(probe).throwIfAny();
		return probes.probe(caller, authentication, id, probe);
	}

	@GetMapping("/api/v1/gateways/{id}/connection")
	@Operation(summary = "What an agent needs to call the gateway",
			description = "The gateway URL, the token endpoint, the client ids and scopes to use, an .env with variables named "
					+ "for the provider (COGNITO_*, AUTH0_*, OKTA_*, OIDC_*) and a curl that lists the tools. Nothing secret: a "
					+ "managed client's secret is named by its Secrets Manager ARN.")
	@ProblemResponses({ 400, 404, 409 })
	ConnectionDetails connection(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@Parameter(description = "the client to use in .env and curl, by name or id (default: the first)")
			@RequestParam(required = false) String client) {
		return connections.connection(caller, id, client);
	}

}
