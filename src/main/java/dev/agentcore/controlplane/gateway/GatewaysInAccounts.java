package dev.agentcore.controlplane.gateway;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.AccountManagement;

/** An account is not deleted while gateways are placed in it: this names them. */
@Component
class GatewaysInAccounts {

	private final Gateways gateways;

	GatewaysInAccounts(Gateways gateways) {
		this.gateways = gateways;
	}

	@EventListener
	void holders(AccountManagement.DeletionAsked asked) {
		asked.holders().addAll(gateways.namesIn(asked.accountId()));
	}

}
