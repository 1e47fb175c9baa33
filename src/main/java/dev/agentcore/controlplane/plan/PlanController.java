package dev.agentcore.controlplane.plan;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.gateway.GatewayRequest;
import dev.agentcore.controlplane.gatewayrule.RuleSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetRequest;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;

/**
 * Plans: the body a POST or PUT would send, answered with what it would change, without changing
 * anything. A body the real request would refuse is answered 200 with {@code accepted: false} and
 * the problem it would get; only what keeps the request from being read at all (malformed JSON, an
 * unknown member, a gateway or target that is not there) is answered as a problem.
 */
@RestController
@Tag(name = "Plans", description = "What a change would do, before it is made: fields, replacement, AWS calls, "
		+ "problems, IAM grants. Needs only the read scope; nothing is stored.")
class PlanController {

	private static final String DESCRIPTION = " Answers, without storing or queueing anything: each changed field with "
			+ "its old and new value, whether AgentCore applies it in place or only a new resource could have it (and what "
			+ "that means for the URL agents use), the calls that change AWS in the provisioner's order, the problem the "
			+ "real request would get (accepted: false), and the IAM grants the execution role and the control plane would "
			+ "gain and lose (GET .../permissions before and after).";

	private final GatewayPlans gateways;

	private final TargetPlans targets;

	private final RulePlans rules;

	PlanController(GatewayPlans gateways, TargetPlans targets, RulePlans rules) {
		this.gateways = gateways;
		this.targets = targets;
		this.rules = rules;
	}

	@PostMapping("/api/v1/gateways/{gatewayId}/rules/plans")
	@Operation(summary = "Plan a new rule", description = "The body POST /api/v1/gateways/{gatewayId}/rules would send."
			+ DESCRIPTION)
	@ProblemResponses({ 400, 404, 415 })
	Plan newRule(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId, @RequestBody RuleSpec request) {
		return rules.forNew(caller, gatewayId, request);
	}

	@PostMapping("/api/v1/gateways/{gatewayId}/rules/{ruleId}/plans")
	@Operation(summary = "Plan a rule's change", description = "The body PUT /api/v1/gateways/{gatewayId}/rules/{ruleId} "
			+ "would send; If-Match is optional." + DESCRIPTION)
	@ProblemResponses({ 400, 404, 415 })
	Plan ruleChange(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId, @PathVariable UUID ruleId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody RuleSpec request) {
		return rules.forChange(caller, gatewayId, ruleId, ifMatch, request);
	}

	@PostMapping("/api/v1/gateways/plans")
	@Operation(summary = "Plan a new gateway", description = "The body POST /api/v1/gateways would send." + DESCRIPTION)
	@ProblemResponses({ 400, 413, 415 })
	Plan newGateway(@AuthenticationPrincipal Caller caller, @RequestBody GatewayRequest request) {
		return gateways.forNew(caller, request);
	}

	@PostMapping("/api/v1/gateways/{id}/plans")
	@Operation(summary = "Plan a gateway's change", description = "The body PUT /api/v1/gateways/{id} would send; "
			+ "If-Match is optional (without it, the plan is for the current version)." + DESCRIPTION)
	@ProblemResponses({ 400, 404, 413, 415 })
	Plan gatewayChange(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody GatewayRequest request) {
		return gateways.forChange(caller, id, ifMatch, request);
	}

	@PostMapping("/api/v1/gateways/{gatewayId}/targets/plans")
	@Operation(summary = "Plan a new target", description = "The body POST /api/v1/gateways/{gatewayId}/targets would "
			+ "send." + DESCRIPTION)
	@ProblemResponses({ 400, 404, 413, 415 })
	Plan newTarget(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId,
			@RequestBody TargetRequest request) {
		return targets.forNew(caller, gatewayId, request);
	}

	@PostMapping("/api/v1/gateways/{gatewayId}/targets/{targetId}/plans")
	@Operation(summary = "Plan a target's change", description = "The body PUT /api/v1/gateways/{gatewayId}/targets/"
			+ "{targetId} would send; If-Match is optional." + DESCRIPTION)
	@ProblemResponses({ 400, 404, 413, 415 })
	Plan targetChange(@AuthenticationPrincipal Caller caller, @PathVariable UUID gatewayId, @PathVariable UUID targetId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody TargetRequest request) {
		return targets.forChange(caller, gatewayId, targetId, ifMatch, request);
	}

}
