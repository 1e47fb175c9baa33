package dev.agentcore.controlplane.policy;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@RequestMapping("/api/v1/gateways/{id}")
@Tag(name = "Gateways")
class GatewayPolicyController {

	private final GatewayManagement gateways;

	private final EngineSchemas schemas;

	private final AuthorizationChecks checks;

	private final Violations violations;

	GatewayPolicyController(GatewayManagement gateways, EngineSchemas schemas, AuthorizationChecks checks,
			Violations violations) {
		this.gateways = gateways;
		this.schemas = schemas;
		this.checks = checks;
		this.violations = violations;
	}

	@GetMapping("/policy-schema")
	@Operation(summary = "The gateway's Cedar schema", description = "What AgentCore Policy generates from the gateway's "
			+ "tools, in Cedar's JSON and human-readable formats: the principal type, the gateway as resource, one action per "
			+ "tool in CallTool → Mcp, and context.input typed from each tool's input schema (string → String, integer → "
			+ "Long, boolean → Bool, number → decimal). Tools of S3 schemas, Smithy, MCP servers and API Gateway targets are "
			+ "known only to AgentCore and listed under opaqueTargets.")
	@ProblemResponses({ 404 })
	PolicySchemaView schema(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		Gateway gateway = gateways.visible(caller, id);
		return PolicySchemaView.of(gateway.id(), gateway.aws().gatewayArn(), schemas.of(gateway));
	}

	@PostMapping("/authorization-checks")
	@Operation(summary = "Would this caller be allowed to call this tool?", description = "Evaluates locally, with Cedar, "
			+ "the request the gateway would build: the principal (a token verified like a token check, its claims as "
			+ "string tags; or claims; or an IAM ARN), the tool's action, the gateway and context.input, against the "
			+ "engine's policies or proposed 'policies' instead (validated first; nothing is stored). Needs only the read "
			+ "scope. The token is never stored or logged. A proposed statement nested deeper than 32 brackets or holding "
			+ "more than 1000 operators is refused with POLICY_TOO_COMPLEX naming it (policies[i]) before Cedar sees it; "
			+ "CEDAR_BUSY (503, Retry-After) when Cedar's threads and queue are full.")
	@ProblemResponses({ 400, 404, 409, 503 })
	AuthorizationCheck check(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestBody AuthorizationCheckRequest request) {
		violations.of(request).throwIfAny();
		return checks.check(caller, id, request);
	}

}
