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

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceResponses;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@RequestMapping("/api/v1/policy-engines/{engineId}/policies")
@Tag(name = "Policies", description = "Cedar policies of a policy engine, validated before they are stored")
class PolicyController {

	private final PolicyManagement policies;

	private final Violations violations;

	PolicyController(PolicyManagement policies, Violations violations) {
		this.policies = policies;
		this.violations = violations;
	}

	@PostMapping
	@Operation(summary = "Declare a policy", description = "The statement is parsed and validated with Cedar against the "
			+ "schema generated from every gateway the engine is attached to; errors are refused with POLICY_INVALID and "
			+ "each error's line and column, a tool no gateway has is named with the tools that exist. Accepted (202); the "
			+ "provisioner creates it once the engine is READY. Accepts Idempotency-Key. A statement nested deeper than 32 "
			+ "brackets or holding more than 1000 operators is refused with POLICY_TOO_COMPLEX before Cedar sees it; "
			+ "CEDAR_BUSY (503, Retry-After) when Cedar's threads and queue are full.")
	@ProblemResponses({ 400, 404, 409, 413, 415, 422, 503 })
	ResponseEntity<PolicyResponse> declare(@AuthenticationPrincipal Caller caller, @PathVariable UUID engineId,
			@RequestBody PolicyRequest request) {
		violations.of(request).throwIfAny();
		PolicyManagement.Validated declared = policies.declare(caller, engineId, request.name(), request.spec());
		return accepted(declared.policy(), declared.warnings());
	}

	@GetMapping
	@Operation(summary = "List the engine's policies", description = "In creation order, keyset-paginated.")
	@ProblemResponses({ 400, 404 })
	Page<PolicyResponse> list(@AuthenticationPrincipal Caller caller, @PathVariable UUID engineId,
			@RequestParam(required = false) Phase phase,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return policies.list(caller, engineId, phase, PageRequest.of(limit, cursor))
			.map(policy -> PolicyResponse.from(policy, List.of()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a policy", description = "The ETag is the version to send in If-Match.")
	@ProblemResponses({ 404 })
	ResponseEntity<PolicyResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID engineId,
			@PathVariable UUID id) {
		Policy policy = policies.visible(caller, engineId, id);
		return ResourceResponses.read(policy, PolicyResponse.from(policy, List.of()));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a policy", description = "Full replacement; needs If-Match; validated like a new "
			+ "policy (POLICY_INVALID, POLICY_TOO_COMPLEX). The name cannot change.")
	@ProblemResponses({ 400, 404, 409, 412, 413, 415, 428, 503 })
	ResponseEntity<PolicyResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID engineId,
			@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PolicyRequest request) {
		violations.of(request).throwIfAny();
		PolicyManagement.Validated replaced = policies.respecify(caller, engineId, id, ifMatch, request.name(),
				request.spec());
		return accepted(replaced.policy(), replaced.warnings());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a policy", description = "Needs If-Match; the policy disappears once AWS confirms.")
	@ProblemResponses({ 404, 412, 428 })
	ResponseEntity<PolicyResponse> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID engineId,
			@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return accepted(policies.requestDeletion(caller, engineId, id, ifMatch), List.of());
	}

	@PostMapping("/{id}/reconcile")
	@Operation(summary = "Reconcile now", description = "Observe AWS and retry at once; also ends a terminal failure.")
	@ProblemResponses({ 404 })
	ResponseEntity<PolicyResponse> reconcile(@AuthenticationPrincipal Caller caller, @PathVariable UUID engineId,
			@PathVariable UUID id) {
		return accepted(policies.requestReconcile(caller, engineId, id), List.of());
	}

	private static ResponseEntity<PolicyResponse> accepted(Policy policy, List<String> warnings) {
		return ResourceResponses.accepted(PolicyEngineController.PATH + policy.policyEngineId() + "/policies/", policy,
				PolicyResponse.from(policy, warnings));
	}

}
