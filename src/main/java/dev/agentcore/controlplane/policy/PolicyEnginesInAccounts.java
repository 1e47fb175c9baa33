package dev.agentcore.controlplane.policy;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.AccountManagement;

/** An account is not deleted while policy engines are placed in it either: this names them. */
@Component
class PolicyEnginesInAccounts {

	private final PolicyEngines engines;

	PolicyEnginesInAccounts(PolicyEngines engines) {
		this.engines = engines;
	}

	@EventListener
	void holders(AccountManagement.DeletionAsked asked) {
		engines.namesIn(asked.accountId()).forEach(name -> asked.holders().add("policy engine " + name));
	}

}
