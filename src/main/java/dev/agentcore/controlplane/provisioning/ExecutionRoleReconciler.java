package dev.agentcore.controlplane.provisioning;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.executionrole.ExecutionRole;
import dev.agentcore.controlplane.executionrole.ExecutionRoleManagement;
import dev.agentcore.controlplane.executionrole.ExecutionRoleStatus;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * Managed execution roles on the shared skeleton. The role is its own resource, not a step of the
 * gateway's reconcile: it is the single writer of its policies (one reconcile at a time, so two
 * targets changing at once cannot overwrite each other's statements), and its status and history
 * say what IAM did. Its desired state is the planner's: the trust policy and exactly the targets'
 * permissions. Once a generation is in IAM, the gateway and its targets are woken.
 */
@Component
class ExecutionRoleReconciler extends ResourceReconciler<ExecutionRoleReconciler.Row, Roles.DesiredRole, Roles.Role> {

	private final ExecutionRoleManagement roles;

	private final ExecutionRoleStatus status;

	private final ServedGateways gateways;

	private final Roles iam;

	ExecutionRoleReconciler(ReconcileSupport support, ExecutionRoleManagement roles, ExecutionRoleStatus status,
			ServedGateways gateways, Roles iam) {
		super(support, new ResourceKind<>(ResourceType.EXECUTION_ROLE, "Role", status,
				id -> roles.find(id).map(role -> new Row(role, gateways.of(role).orElse(null))),
				row -> new Managed(row.role().ref(), row.role().name(), row.role().generation(), row.role().status(),
						row.role().aws().roleId(), row.role().createPendingAt(), row.role().deletionRequested())));
		this.roles = roles;
		this.status = status;
		this.gateways = gateways;
		this.iam = iam;
	}

	/** A role, and its gateway while that exists. */
	record Row(ExecutionRole role, Gateway gateway) {
	}

	@Override
	String blockedBeforeDelete(Row row) {
		Gateway gateway = row.gateway();
		if (gateway == null) {
			return null;
		}
		boolean released = !gateway.spec().managedRole() && gateway.status().phase() == Phase.READY
				&& gateway.status().observedGeneration() >= gateway.generation();
		return released ? null : "Waiting for gateway " + gateway.name() + " to stop using the role ("
				+ (gateway.deletionRequested() ? "it is being deleted" : "it is " + gateway.status().phase()) + ").";
	}

	@Override
	Roles.DesiredRole desired(Row row) {
		Gateway gateway = row.gateway();
		if (gateway == null || !gateway.spec().managedRole()) {
			throw new Unreconcilable("ROLE_NOT_USED", "The gateway no longer asks for a managed role.");
		}
		return gateways.desiredRole(row.role(), gateway);
	}

	@Override
	AgentCore.Call<Roles.Role> create(Row row, Roles.DesiredRole desired, String clientToken) {
		return iam.create(desired);
	}

	@Override
	Optional<Roles.Role> observe(Row row, String awsId, Roles.DesiredRole desired) {
		return iam.observe(row.role().name(), row.role().gatewayId(), desired);
	}

	@Override
	Optional<Roles.Role> findByName(Row row, Roles.DesiredRole desired) {
		return iam.observe(row.role().name(), row.role().gatewayId(), desired);
	}

	@Override
	AgentCore.Call<Roles.Role> update(Row row, String awsId, Roles.DesiredRole desired) {
		return iam.update(desired);
	}

	@Override
	AgentCore.Call<Void> delete(Row row, String awsId) {
		return iam.delete(row.role().name(), row.role().gatewayId());
	}

	@Override
	Next ready(Row row, String awsId, Roles.Role observed, Report report) {
		Next next = super.ready(row, awsId, observed, report);
		boolean newlyApplied = row.role().status().observedGeneration() < row.role().generation();
		if (row.gateway() != null && newlyApplied) {
			gateways.roleApplied(row.gateway());
		}
		return next;
	}

	@Override
	String fixHint() {
		return "Fix what IAM refused (a role of that name that is not the control plane's, a quota), then POST "
				+ ".../reconcile on the gateway.";
	}

}
