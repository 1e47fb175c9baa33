package dev.agentcore.controlplane.permissions;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.policy.PolicyEngine;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.web.ProblemResponses;

@RestController
@Tag(name = "Gateways")
class PermissionsController {

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final PolicyEngineManagement engines;

	PermissionsController(GatewayManagement gateways, TargetManagement targets, PolicyEngineManagement engines) {
		this.gateways = gateways;
		this.targets = targets;
		this.engines = engines;
	}

	@GetMapping("/api/v1/gateways/{id}/permissions")
	@Operation(operationId = "gatewayPermissions", summary = "Least-privilege IAM policies for the gateway",
			description = "Computed from the desired state: the execution role's trust and permissions policies, the "
					+ "caller's policy, and resource-based policies for Lambdas in other accounts, with the CLI to add them.")
	@ProblemResponses({ 404 })
	PermissionPlan permissions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		Gateway gateway = gateways.visible(caller, id);
		List<PermissionPlanner.PlannedTarget> planned = targets.targetsOf(id)
			.stream()
			.filter(target -> !target.deletionRequested())
			.map(target -> new PermissionPlanner.PlannedTarget(target.name(), target.type(), target.spec()))
			.toList();
		return PermissionPlanner.plan(gateway.name(), gateway.aws().gatewayArn(), gateway.spec(), planned,
				policyEngineArn(gateway));
	}

	/** The ARN of the engine the gateway attaches: ours by id (a pattern until AWS created it), or the one it names. */
	private String policyEngineArn(Gateway gateway) {
		GatewayMembers.PolicyEngine declared = gateway.spec().policyEngine();
		if (declared == null || declared.policyEngineId() == null) {
			return declared == null ? null : declared.arn();
		}
		Arn role = Arn.parse(gateway.spec().roleArn());
		return engines.find(declared.policyEngineId())
			.map(engine -> engine.aws().policyEngineArn() != null ? engine.aws().policyEngineArn()
					: PolicyEnginePermissions.pattern(engine.name(), role.partition(), role.account()))
			.orElse(PolicyEnginePermissions.pattern("*", role.partition(), role.account()));
	}

}
