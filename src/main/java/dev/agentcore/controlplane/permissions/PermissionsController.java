package dev.agentcore.controlplane.permissions;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.web.ProblemResponses;

@RestController
@Tag(name = "Gateways")
class PermissionsController {

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final GatewayPermissions permissions;

	PermissionsController(GatewayManagement gateways, TargetManagement targets, GatewayPermissions permissions) {
		this.gateways = gateways;
		this.targets = targets;
		this.permissions = permissions;
	}

	@GetMapping("/api/v1/gateways/{id}/permissions")
	@Operation(operationId = "gatewayPermissions", summary = "Least-privilege IAM policies for the gateway",
			description = "Computed from the desired state: the execution role's trust and permissions policies, the "
					+ "caller's policy, and resource-based policies for Lambdas in other accounts, with the CLI to add them. "
					+ "For a managed execution role, exactly what the control plane keeps on the role.")
	@ProblemResponses({ 404 })
	PermissionPlan permissions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
		Gateway gateway = gateways.visible(caller, id);
		return permissions.of(gateway, targets.targetsOf(id));
	}

}
