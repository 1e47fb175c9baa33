package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.AccountManagement;

/** The gateways placed in an account: it is not deleted while they are (this names them), and it wakes them. */
@Component
public class GatewaysInAccounts {

	private final Gateways gateways;

	GatewaysInAccounts(Gateways gateways) {
		this.gateways = gateways;
	}

	@EventListener
	void holders(AccountManagement.DeletionAsked asked) {
		asked.holders().addAll(gateways.namesIn(asked.accountId()));
	}

	/** The gateways placed in an account that are not READY: they wait for it, and it wakes them once READY. */
	public List<UUID> waitingIn(String accountId) {
		return gateways.notReadyIn(accountId);
	}

}
