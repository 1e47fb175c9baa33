package dev.agentcore.controlplane.provisioning;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.Account;
import dev.agentcore.controlplane.account.AccountManagement;
import dev.agentcore.controlplane.account.AccountStatus;

/**
 * Accounts on the shared skeleton: "creating" one is assuming its role and asking STS who that is in each of its
 * regions; it is READY while STS confirms the account, looked at again at every drift check (a trust policy removed
 * later shows). A refusal leaves it FAILED with the trust policy to add ({@link AccountChecks}). Nothing is deleted in
 * AWS when an account goes.
 */
@Component
class AccountReconciler extends ResourceReconciler<Account, AccountChecks.Desired, AccountAccess.Assumed> {

	AccountReconciler(ReconcileSupport support, AccountManagement accounts, AccountStatus status, AccountChecks checks,
			WaitingForAccounts waiting) {
		super(support, Kinds.account(accounts, status, checks, waiting));
	}

	@Override
	AccountChecks.Desired desired(Account account) {
		return new AccountChecks.Desired(account.accountId(), account.spec().roleArn(), account.spec().externalId(),
				account.spec().regions());
	}

	@Override
	Next ready(Account account, String awsId, AccountAccess.Assumed observed, Report report) {
		report.ready(account.generation(), "Ready: the control plane assumed " + account.spec().roleArn() + " and STS "
				+ "confirmed account " + observed.accountId() + " in " + String.join(", ", account.spec().regions()) + ".");
		return Next.in(Backoff.drift(support.settings.driftInterval()));
	}

	@Override
	String awsService() {
		return "STS";
	}

	@Override
	String fixHint() {
		return "Fix the role or the account's regions, then POST .../reconcile.";
	}

}
