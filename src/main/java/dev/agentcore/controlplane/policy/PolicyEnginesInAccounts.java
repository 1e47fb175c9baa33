package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.AccountManagement;

/** The engines placed in an account: it is not deleted while they are (this names them), and it wakes them. */
@Component
public class PolicyEnginesInAccounts {

	private final PolicyEngines engines;

	PolicyEnginesInAccounts(PolicyEngines engines) {
		this.engines = engines;
	}

	@EventListener
	void holders(AccountManagement.DeletionAsked asked) {
		engines.namesIn(asked.accountId()).forEach(name -> asked.holders().add("policy engine " + name));
	}

	/** The engines placed in an account that are not READY: they wait for it, and it wakes them once READY. */
	public List<UUID> waitingIn(String accountId) {
		return engines.notReadyIn(accountId);
	}

}
