package dev.agentcore.controlplane.gateway;

import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceResponses;
import dev.agentcore.controlplane.resource.Phase;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.account.AccountManagement;
import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.idp.TokenCheck;
import dev.agentcore.controlplane.idp.TokenCheckRequest;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Problems;
import dev.agentcore.controlplane.web.Violations;

@RestController
@RequestMapping("/api/v1/gateways")
@Tag(name = "Gateways", description = "AgentCore gateways: managed MCP endpoints for agents")
class GatewayController {

	static final String PATH = "/api/v1/gateways/";

	private final GatewayManagement gateways;

	private final Violations violations;

	private final IdpProfileManagement profiles;

	private final GatewayChecks checks;

	private final ManagedExecutionRoles roles;

	private final AccountManagement accounts;

	GatewayController(GatewayManagement gateways, Violations violations, IdpProfileManagement profiles,
			GatewayChecks checks, ManagedExecutionRoles roles, AccountManagement accounts) {
		this.accounts = accounts;
		this.gateways = gateways;
		this.violations = violations;
		this.profiles = profiles;
		this.checks = checks;
		this.roles = roles;
	}

	@PostMapping
	@Operation(summary = "Declare a gateway", description = "Accepted at once (202); the provisioner creates it in AWS and "
			+ "reports progress in 'status' and the AWS ids and URL in 'aws'. A policyEngine in ENFORCE mode is refused "
			+ "with ENFORCE_WOULD_DENY_ALL when no policy of the engine permits any tool of the gateway, unless "
			+ "?acknowledgeDenyAll=true. 'placement' is refused with 403 PLACEMENT_NOT_ALLOWED where no account allows "
			+ "the team. Accepts Idempotency-Key.")
	@ProblemResponses({ 400, 403, 409, 413, 415, 422 })
	ResponseEntity<GatewayResponse> declare(@AuthenticationPrincipal Caller caller,
			@Parameter(description = "switch to ENFORCE although no policy of the engine permits any tool of the gateway "
					+ "(every tool call would be denied)") @RequestParam(defaultValue = "false") boolean acknowledgeDenyAll,
			@RequestBody GatewayRequest request) {
		checks.check(request);
		Placement placement = accounts.place(caller.requireTeam(), request.requestedPlacement());
		return accepted(gateways.declare(caller, request.name(), request.spec(), placement, acknowledgeDenyAll));
	}

	@GetMapping
	@Operation(summary = "List gateways", description = "Your team's gateways in creation order, keyset-paginated; admins "
			+ "see all teams and may filter with ?team=.")
	@ProblemResponses({ 400 })
	Page<GatewayResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Phase phase,
			@RequestParam(required = false) String name,
			@Parameter(description = "admins only: one team (empty means all teams)") @RequestParam(required = false) String team,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		Page<Gateway> page = gateways.list(caller, team, phase, name, PageRequest.of(limit, cursor));
		Map<UUID, ManagedExecutionRoles.View> managed = roles.of(page.items().stream()
			.filter(gateway -> gateway.spec().executionRole() != null)
			.map(Gateway::id)
			.toList());
		return page.map(gateway -> GatewayResponse.from(gateway, managed));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a gateway", description = "The ETag is the version to send in If-Match.")
	@ProblemResponses({ 404 })
	ResponseEntity<GatewayResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		Gateway gateway = gateways.visible(caller, id);
		return ResourceResponses.read(gateway, response(gateway));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a gateway's spec", description = "Full replacement; needs If-Match. The name and the "
			+ "authorizer type cannot change. A changed spec gets a new generation and is provisioned (202), in place. "
			+ "Members the spec has never declared (interceptors, policyEngine, the newer protocol settings, "
			+ "advertisedScopeMapping) keep what AWS holds for them; tags change through TagResource/UntagResource. "
			+ "Moving to ENFORCE (policyEngine.mode) is refused with ENFORCE_WOULD_DENY_ALL when no policy of the engine "
			+ "permits any tool of the gateway, unless ?acknowledgeDenyAll=true; a policyEngineId names one of your "
			+ "team's engines, whose ARN is attached once it is READY.")
	@ProblemResponses({ 400, 404, 409, 412, 413, 415, 428 })
	ResponseEntity<GatewayResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = "switch to ENFORCE although no policy of the engine permits any tool of the gateway "
					+ "(every tool call would be denied)") @RequestParam(defaultValue = "false") boolean acknowledgeDenyAll,
			@RequestBody GatewayRequest request) {
		checks.check(request);
		return accepted(gateways.respecify(caller, id, ifMatch, request.name(), request.spec(), request.requestedPlacement(),
				acknowledgeDenyAll));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a gateway", description = "Needs If-Match. Refused with GATEWAY_HAS_TARGETS while it has "
			+ "targets, unless ?cascade=true, which deletes the targets first. The gateway disappears (GET 404) once AWS "
			+ "confirms.")
	@ProblemResponses({ 404, 409, 412, 428 })
	ResponseEntity<GatewayResponse> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(defaultValue = "false") boolean cascade) {
		return accepted(gateways.requestDeletion(caller, id, ifMatch, cascade));
	}

	@PostMapping("/{id}/reconcile")
	@Operation(summary = "Reconcile now", description = "Observe AWS and retry at once, e.g. after fixing a role; also "
			+ "ends a terminal failure.")
	@ProblemResponses({ 404 })
	ResponseEntity<GatewayResponse> reconcile(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		return accepted(gateways.requestReconcile(caller, id));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "History of the gateway and its targets", description = "Newest first, keyset-paginated.")
	@ProblemResponses({ 400, 404 })
	Page<ResourceEvent> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return gateways.events(caller, id, limit, cursor);
	}

	@PostMapping("/{id}/token-checks")
	@Operation(summary = "Explain why the gateway would accept or refuse a token",
			description = "The token check of the gateway's IDP profile (CUSTOM_JWT and AUTHENTICATE_ONLY gateways). The token "
					+ "is never stored or logged, and the answer is never kept for an Idempotency-Key. Needs only the read scope.")
	@ProblemResponses({ 400, 404, 409, 503 })
	TokenCheck checkToken(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestBody TokenCheckRequest request) {
		violations.of(request).throwIfAny();
		Gateway gateway = gateways.visible(caller, id);
		if (!gateway.spec().authorizer().type().validatesJwt()) {
			throw GatewayProblems.noJwtAuthorizer(gateway.spec().authorizer().type());
		}
		return profiles.diagnose(caller, gateway.spec().authorizer().idpProfileId(), request.token());
	}

	private ResponseEntity<GatewayResponse> accepted(Gateway gateway) {
		return ResourceResponses.accepted(PATH, gateway, response(gateway));
	}

	private GatewayResponse response(Gateway gateway) {
		return GatewayResponse.from(gateway,
				gateway.spec().executionRole() == null ? Map.of() : roles.of(List.of(gateway.id())));
	}

}
