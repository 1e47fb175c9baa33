package dev.agentcore.controlplane.permissions;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.policy.PolicyEngine;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.ProblemResponses;

/** What the control plane's own identity needs to manage a policy engine (tagged apart from gateways). */
@RestController
@Tag(name = "Policy engines")
class PolicyEnginePermissionsController {

	private final PolicyEngineManagement engines;

	PolicyEnginePermissionsController(PolicyEngineManagement engines) {
		this.engines = engines;
	}

	@GetMapping("/api/v1/policy-engines/{id}/permissions")
	@Operation(operationId = "policyEnginePermissions", summary = "Least-privilege IAM policy to manage the policy engine",
			description = "What the control plane's AWS identity needs to create, change and delete the engine and its "
					+ "policies. What a gateway's execution role needs to evaluate the engine is in the gateway's permissions.")
	@ProblemResponses({ 404 })
	PolicyEnginePermissions.Plan enginePermissions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		PolicyEngine engine = engines.visible(caller, id);
		return PolicyEnginePermissions.plan(engine.name(), engine.aws().policyEngineArn());
	}

}
