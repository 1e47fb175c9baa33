package dev.agentcore.controlplane.provisioning;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.AccountManagement;
import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.executionrole.ExecutionRole;
import dev.agentcore.controlplane.executionrole.ExecutionRoleManagement;
import dev.agentcore.controlplane.executionrole.ExecutionRoleStatus;
import dev.agentcore.controlplane.gateway.Gateway;

/**
 * Managed execution roles on the shared skeleton. The role is its own resource, not a step of the
 * gateway's reconcile: it is the single writer of its policies (one reconcile at a time, so two
 * targets changing at once cannot overwrite each other's statements), and its status and history
 * say what IAM did. Its desired state is the planner's: the trust policy and exactly the targets'
 * permissions. Once a generation is in IAM, the gateway and its targets are woken (see {@link Kinds}).
 */
@Component
class ExecutionRoleReconciler extends ResourceReconciler<ExecutionRoleReconciler.Row, Roles.DesiredRole, Roles.Role> {

	private final ServedGateways gateways;

	private final AccountManagement accounts;

	ExecutionRoleReconciler(ReconcileSupport support, ExecutionRoleManagement roles, ExecutionRoleStatus status,
			ServedGateways gateways, Roles iam, AccountManagement accounts) {
		super(support, Kinds.executionRole(roles, status, gateways, iam,
				support.limits.accountReady(row -> row.gateway() == null ? null : row.gateway().placement())));
		this.gateways = gateways;
		this.accounts = accounts;
	}

	/** A role, and its gateway while that exists. */
	record Row(ExecutionRole role, Gateway gateway) {
	}

	/** IAM's calls: AgentCore's quota does not count them. */
	@Override
	boolean mutatesWithinQuota() {
		return false;
	}

	/**
	 * A managed role lives in its gateway's account (IAM is global: the region only picks the account's client). Once
	 * the gateway is gone (the role is deleted after it), the account is the one of the role's ARN when an account of
	 * that id is declared, else the control plane's own.
	 */
	@Override
	Next withinLimits(Row row, java.util.function.Supplier<Next> work) {
		return support.limits.inPlacement(placement(row), work);
	}

	private Placement placement(Row row) {
		if (row.gateway() != null) {
			return row.gateway().placement();
		}
		String arn = row.role().aws().roleArn();
		String[] parts = arn == null ? new String[0] : arn.split(":", 6);
		return parts.length < 5 ? Placement.OWN : accounts.byAccountId(parts[4])
			.map(account -> new Placement(account.accountId(), account.spec().regions().getFirst()))
			.orElse(Placement.OWN);
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
	String fixHint() {
		return "Fix what IAM refused (a role of that name that is not the control plane's, a quota), then POST "
				+ ".../reconcile on the gateway.";
	}

}
