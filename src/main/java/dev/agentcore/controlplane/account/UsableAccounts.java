package dev.agentcore.controlplane.account;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.security.CallerDetails;

/** {@code GET /api/v1/me}'s {@code accounts}: where the caller's team may place gateways. */
@Component
class UsableAccounts implements CallerDetails {

	private final Accounts accounts;

	UsableAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param accountId the AWS account
	 * @param regions its regions the team may use
	 * @param phase READY when the control plane can work there now
	 */
	record Usable(String accountId, List<String> regions, Phase phase) {
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public List<Usable> of(Caller caller) {
		if (caller.team() == null) {
			return List.of();
		}
		return accounts.usableBy(caller.team())
			.stream()
			.filter(account -> !account.deletionRequested())
			.map(account -> new Usable(account.accountId(), account.spec().regions(), account.status().phase()))
			.toList();
	}

}
