package dev.agentcore.controlplane.gatewayrule;

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
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.resource.ResourceResponses;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.ProblemResponses;
import dev.agentcore.controlplane.web.Violations;

@RestController
@RequestMapping("/api/v1/gateways/{gatewayId}/rules")
@Tag(name = "Gateway rules", description = "Which target serves a gateway's calls, by caller and path, and canary splits")
class RuleController {

	private final RuleManagement rules;

	private final Violations violations;

	RuleController(RuleManagement rules, Violations violations) {
		this.rules = rules;
		this.violations = violations;
	}

	@PostMapping
	@Operation(summary = "Declare a rule", description = "Accepted (202); created in AWS once the gateway is READY and "
			+ "the targets it routes to exist. Checked against AgentCore's model first (400 naming the member); a split is "
			+ "two targets whose weights (1 to 99) add up to 100. RULE_PRIORITY_TAKEN (409) when another rule of the "
			+ "gateway has the priority, RULE_TARGET_UNKNOWN (400) for a route to a target the gateway lacks. Accepts "
			+ "Idempotency-Key.")
	@ProblemResponses({ 400, 404, 409, 415, 503 })
	ResponseEntity<RuleResponse> declare(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@RequestBody RuleSpec request) {
		RuleChecks.check(request, violations.of(request)).throwIfAny();
		return accepted(rules.declare(caller, gatewayId, request));
	}

	@GetMapping
	@Operation(summary = "List a gateway's rules", description = "In creation order, keyset-paginated.")
	@ProblemResponses({ 400, 404 })
	Page<RuleResponse> list(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@RequestParam(required = false) Phase phase,
			@Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
		return rules.list(caller, gatewayId, phase, PageRequest.of(limit, cursor)).map(RuleResponse::from);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a rule", description = "The ETag is the version to send in If-Match.")
	@ProblemResponses({ 404 })
	ResponseEntity<RuleResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID id) {
		GatewayRule rule = rules.visible(caller, gatewayId, id);
		return ResourceResponses.read(rule, RuleResponse.from(rule));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a rule", description = "Full replacement; needs If-Match; checked like a new rule.")
	@ProblemResponses({ 400, 404, 409, 412, 415, 428, 503 })
	ResponseEntity<RuleResponse> replace(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody RuleSpec request) {
		RuleChecks.check(request, violations.of(request)).throwIfAny();
		return accepted(rules.respecify(caller, gatewayId, id, ifMatch, request));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a rule", description = "Needs If-Match; the rule disappears once AWS confirms.")
	@ProblemResponses({ 404, 412, 428, 503 })
	ResponseEntity<RuleResponse> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return accepted(rules.requestDeletion(caller, gatewayId, id, ifMatch));
	}

	@PostMapping("/{id}/reconcile")
	@Operation(summary = "Reconcile now", description = "Observe AWS and retry at once; also ends a terminal failure.")
	@ProblemResponses({ 404, 503 })
	ResponseEntity<RuleResponse> reconcile(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID id) {
		return accepted(rules.requestReconcile(caller, gatewayId, id));
	}

	@GetMapping("/{id}/events")
	@Operation(summary = "History of the rule", description = "Newest first, keyset-paginated.")
	@ProblemResponses({ 400, 404 })
	Page<ResourceEvent> events(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@PathVariable UUID id, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		return rules.events(caller, gatewayId, id, limit, cursor);
	}

	private static ResponseEntity<RuleResponse> accepted(GatewayRule rule) {
		return ResourceResponses.accepted("/api/v1/gateways/" + rule.gatewayId() + "/rules/", rule,
				RuleResponse.from(rule));
	}

}
