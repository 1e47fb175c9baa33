package dev.agentcore.controlplane.gatewaytarget;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceResponses;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;

@RestController
@RequestMapping("/api/v1/gateways/{gatewayId}/targets")
@Tag(name = "Targets", description = "The tools behind a gateway: OpenAPI, Smithy, Lambda, MCP servers, API Gateway")
class TargetController {

	private final TargetManagement targets;

	private final TargetChecks checks;

	private final GatewayManagement gateways;

	TargetController(TargetManagement targets, TargetChecks checks, GatewayManagement gateways) {
		this.targets = targets;
		this.checks = checks;
		this.gateways = gateways;
	}

	@PostMapping
	@Operation(summary = "Declare a target", description = "Accepted at once (202); provisioned once the gateway is READY. "
			+ "Inline OpenAPI schemas are parsed (3.x, an operationId on every operation), Smithy must be JSON AST, "
			+ "credentials follow the type's matrix (else CREDENTIALS_NOT_SUPPORTED); JWT_PASSTHROUGH needs a CUSTOM_JWT or "
			+ "AUTHENTICATE_ONLY gateway (PASSTHROUGH_NEEDS_JWT_AUTHORIZER), CALLER_IAM_CREDENTIALS an AWS_IAM one "
			+ "(CALLER_IAM_NEEDS_IAM_AUTHORIZER). At most 100 targets per gateway. Accepts Idempotency-Key. Inline YAML "
			+ "is read with at most 50 aliases, 64 levels of nesting and 200,000 nodes; the gateway is looked up first.")
	@ProblemResponses({ 400, 404, 409, 413, 415, 422, 503 })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = TargetRequest.class), examples = {
					@ExampleObject(name = "OPENAPI", value = TargetExamples.OPENAPI),
					@ExampleObject(name = "SMITHY", value = TargetExamples.SMITHY),
					@ExampleObject(name = "LAMBDA", value = TargetExamples.LAMBDA),
					@ExampleObject(name = "MCP_SERVER", value = TargetExamples.MCP_SERVER),
					@ExampleObject(name = "API_GATEWAY", value = TargetExamples.API_GATEWAY),
					@ExampleObject(name = "AGENTCORE_RUNTIME", value = TargetExamples.AGENTCORE_RUNTIME),
					@ExampleObject(name = "MCP_SERVER with static tools", value = TargetExamples.MCP_SERVER_STATIC_TOOLS) }))
	ResponseEntity<TargetResponse> declare(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@RequestBody TargetRequest request) {
		checks.check(request, gateways.visible(caller, gatewayId).team());
		return accepted(targets.declare(caller, gatewayId, request.name(), request.type(), request.spec()));
	}

	@GetMapping
	@Operation(summary = "List a gateway's targets", description = "In creation order, keyset-paginated.")
	@ProblemResponses({ 400, 404 })
	Page<TargetResponse> list(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@RequestParam(required = false) Phase phase, @RequestParam(required = false) TargetType type,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		return targets.list(caller, gatewayId, phase, type, PageRequest.of(limit, cursor)).map(TargetResponse::from);
	}

	@GetMapping("/{targetId}")
	@Operation(summary = "Read a target")
	@ProblemResponses({ 404 })
	ResponseEntity<TargetResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID targetId) {
		GatewayTarget target = targets.visible(caller, gatewayId, targetId);
		return ResourceResponses.read(target, TargetResponse.from(target));
	}

	@PutMapping("/{targetId}")
	@Operation(summary = "Replace a target's spec", description = "Full replacement; needs If-Match; name and type cannot change.")
	@ProblemResponses({ 400, 404, 409, 412, 413, 415, 428, 503 })
	ResponseEntity<TargetResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID targetId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody TargetRequest request) {
		checks.check(request, targets.visible(caller, gatewayId, targetId).team());
		return accepted(targets.respecify(caller, gatewayId, targetId, ifMatch, request.name(), request.type(),
				request.spec()));
	}

	@DeleteMapping("/{targetId}")
	@Operation(summary = "Delete a target", description = "Needs If-Match; the target disappears once AWS confirms.")
	@ProblemResponses({ 404, 412, 428 })
	ResponseEntity<TargetResponse> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID targetId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return accepted(targets.requestDeletion(caller, gatewayId, targetId, ifMatch));
	}

	@PostMapping("/{targetId}/reconcile")
	@Operation(summary = "Reconcile the target now")
	@ProblemResponses({ 404 })
	ResponseEntity<TargetResponse> reconcile(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID targetId) {
		return accepted(targets.requestReconcile(caller, gatewayId, targetId));
	}

	@PostMapping("/{targetId}/synchronizations")
	@Operation(operationId = "requestTargetSynchronization", summary = "Synchronize an MCP server's tools",
			description = "Asks AgentCore (SynchronizeGatewayTargets) to list the MCP server's tools again; the target "
					+ "passes through UPDATING (AWS status SYNCHRONIZING) and aws.lastSynchronizedAt moves. MCP_SERVER "
					+ "targets without a static tool schema only (else NOT_SYNCHRONIZABLE); refused with "
					+ "TARGET_AWAITING_CONSENT while a person's OAuth consent is awaited.")
	@ProblemResponses({ 404, 409 })
	ResponseEntity<TargetResponse> requestSynchronization(@AuthenticationPrincipal Caller caller,
			@PathVariable UUID gatewayId, @PathVariable UUID targetId) {
		return accepted(targets.requestSynchronization(caller, gatewayId, targetId));
	}

	@PostMapping("/{targetId}/synchronize")
	@Operation(summary = "Synchronize an MCP server's tools (older name)", description = "The same request as POST "
			+ ".../synchronizations. MCP_SERVER targets without a static tool schema only (else NOT_SYNCHRONIZABLE); "
			+ "refused with TARGET_AWAITING_CONSENT while a person's OAuth consent is awaited.")
	@ProblemResponses({ 404, 409 })
	ResponseEntity<TargetResponse> synchronize(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID targetId) {
		return accepted(targets.requestSynchronization(caller, gatewayId, targetId));
	}

	private static ResponseEntity<TargetResponse> accepted(GatewayTarget target) {
		return ResourceResponses.accepted("/api/v1/gateways/" + target.gatewayId() + "/targets/", target, TargetResponse.from(target));
	}

}
