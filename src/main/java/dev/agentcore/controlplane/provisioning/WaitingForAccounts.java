package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.executionrole.ExecutionRoleManagement;
import dev.agentcore.controlplane.gateway.GatewaysInAccounts;
import dev.agentcore.controlplane.policy.PolicyEnginesInAccounts;

/**
 * What is placed in an account and not READY: it waits for the account ({@link RateLimits#accountReady}), and the
 * account wakes it once READY. Gateways, their managed roles and policy engines.
 */
@Component
class WaitingForAccounts {

	private final GatewaysInAccounts gateways;

	private final ExecutionRoleManagement roles;

	private final PolicyEnginesInAccounts engines;

	WaitingForAccounts(GatewaysInAccounts gateways, ExecutionRoleManagement roles, PolicyEnginesInAccounts engines) {
		this.gateways = gateways;
		this.roles = roles;
		this.engines = engines;
	}

	List<UUID> gateways(String accountId) {
		return gateways.waitingIn(accountId);
	}

	List<UUID> roles(String accountId) {
		return roles.waitingIn(accountId);
	}

	List<UUID> engines(String accountId) {
		return engines.waitingIn(accountId);
	}

}
