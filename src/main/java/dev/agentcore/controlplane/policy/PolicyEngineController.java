package dev.agentcore.controlplane.policy;

import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceResponses;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@RequestMapping("/api/v1/policy-engines")
@Tag(name = "Policy engines", description = "AgentCore Policy: Cedar policy engines that authorize gateways' tool calls")
class PolicyEngineController {

	static final String PATH = "/api/v1/policy-engines/";

	private final PolicyEngineManagement engines;

	private final Violations violations;

	/** Where a team may place an engine: where it may place gateways. */
	private final dev.agentcore.controlplane.account.AccountManagement accounts;

	PolicyEngineController(PolicyEngineManagement engines, Violations violations,
			dev.agentcore.controlplane.account.AccountManagement accounts) {
		this.engines = engines;
		this.violations = violations;
		this.accounts = accounts;
	}

	@PostMapping
	@Operation(summary = "Declare a policy engine", description = "Accepted at once (202); the provisioner creates it in "
			+ "AWS and reports progress in 'status' and its id and ARN in 'aws'. Accepts Idempotency-Key.")
	@ProblemResponses({ 400, 409, 413, 415, 422 })
	ResponseEntity<PolicyEngineResponse> declare(@AuthenticationPrincipal Caller caller,
			@RequestBody PolicyEngineRequest request) {
		violations.of(request).throwIfAny();
		return accepted(engines.declare(caller, request.name(), request.spec(),
				accounts.place(caller.requireTeam(), request.requestedPlacement())));
	}

	@GetMapping
	@Operation(summary = "List policy engines", description = "Your team's engines in creation order, keyset-paginated; "
			+ "admins see all teams and may filter with ?team=.")
	@ProblemResponses({ 400 })
	Page<PolicyEngineResponse> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Phase phase,
			@RequestParam(required = false) String name,
			@Parameter(description = "admins only: one team") @RequestParam(required = false) String team,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return engines.list(caller, team, phase, name, PageRequest.of(limit, cursor)).map(this::response);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a policy engine", description = "The ETag is the version to send in If-Match.")
	@ProblemResponses({ 404 })
	ResponseEntity<PolicyEngineResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		PolicyEngine engine = engines.visible(caller, id);
		return ResourceResponses.read(engine, response(engine));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a policy engine's spec", description = "Full replacement; needs If-Match. The name "
			+ "cannot change (NAME_IMMUTABLE). A changed spec gets a new generation and is provisioned (202).")
	@ProblemResponses({ 400, 404, 409, 412, 413, 415, 428 })
	ResponseEntity<PolicyEngineResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PolicyEngineRequest request) {
		violations.of(request).throwIfAny();
		return accepted(engines.respecify(caller, id, ifMatch, request.name(), request.spec(), request.requestedPlacement()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a policy engine", description = "Needs If-Match. Refused with POLICY_ENGINE_IN_USE "
			+ "(naming the gateways) while a gateway attaches it, and with POLICY_ENGINE_HAS_POLICIES while it has "
			+ "policies unless ?cascade=true, which deletes the policies first. The engine disappears (GET 404) once AWS "
			+ "confirms.")
	@ProblemResponses({ 404, 409, 412, 428 })
	ResponseEntity<PolicyEngineResponse> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam(defaultValue = "false") boolean cascade) {
		return accepted(engines.requestDeletion(caller, id, ifMatch, cascade));
	}

	@PostMapping("/{id}/reconcile")
	@Operation(summary = "Reconcile now", description = "Observe AWS and retry at once; also ends a terminal failure.")
	@ProblemResponses({ 404 })
	ResponseEntity<PolicyEngineResponse> reconcile(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		return accepted(engines.requestReconcile(caller, id));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "History of the engine and its policies", description = "Newest first, keyset-paginated.")
	@ProblemResponses({ 400, 404 })
	Page<ResourceEvent> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return engines.events(caller, id, limit, cursor);
	}

	private ResponseEntity<PolicyEngineResponse> accepted(PolicyEngine engine) {
		return ResourceResponses.accepted(PATH, engine, response(engine));
	}

	private PolicyEngineResponse response(PolicyEngine engine) {
		List<UUID> gateways = engines.attachedGateways(engine).stream().map(Gateway::id).toList();
		return PolicyEngineResponse.from(engine, gateways);
	}

}
