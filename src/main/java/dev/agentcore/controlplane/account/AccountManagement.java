package dev.agentcore.controlplane.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

/**
 * Accepts admins' changes to the accounts the control plane provisions into, each in one transaction that records
 * the event and hands the account to the provisioner; answers which accounts and regions a team may use.
 */
@Service
public class AccountManagement {

	private final Accounts accounts;

	private final AccountStatus status;

	private final ResourceChanges changes;

	private final ApplicationEventPublisher events;

	private final TeamAccounts teamAccounts;

	AccountManagement(Accounts accounts, AccountStatus status, ResourceChanges changes, ApplicationEventPublisher events,
			TeamAccounts teamAccounts) {
		this.accounts = accounts;
		this.status = status;
		this.changes = changes;
		this.events = events;
		this.teamAccounts = teamAccounts;
	}

	/**
	 * Asked before an account's deletion is accepted: listeners that hold resources in the account add their names,
	 * and the deletion is refused while any are named.
	 *
	 * @param accountId the account to delete
	 * @param holders where listeners add what the account still holds
	 */
	public record DeletionAsked(String accountId, List<String> holders) {
	}

	@Transactional
	Account declare(Caller caller, String accountId, AccountSpec spec) {
		requireAdmin(caller);
		return UniqueConstraints.unique("accounts_name_unique",
				() -> accounts.save(Account.declare(accountId, spec, caller.actor())),
				() -> AccountProblems.accountTaken(accountId));
	}

	@Transactional
	Account respecify(Caller caller, UUID id, String ifMatch, String accountId, AccountSpec spec) {
		Account account = visible(caller, id).requireVersion(ifMatch);
		return account.respecify(accountId, spec, caller.actor()) ? accounts.save(account) : account;
	}

	@Transactional
	Account requestDeletion(Caller caller, UUID id, String ifMatch) {
		Account account = visible(caller, id).requireVersion(ifMatch);
		if (account.deletionRequested()) {
			return account;
		}
		DeletionAsked asked = new DeletionAsked(account.accountId(), new java.util.ArrayList<>());
		events.publishEvent(asked);
		if (!asked.holders().isEmpty()) {
			throw AccountProblems.holdsGateways(account.accountId(), asked.holders());
		}
		account.requestDeletion(caller.actor());
		Account saved = accounts.save(account);
		status.phase(id, Phase.DELETING, "Forgetting the account.");
		return saved;
	}

	@Transactional
	Account requestReconcile(Caller caller, UUID id) {
		Account account = visible(caller, id);
		changes.reconcileRequested(status, account.ref(), caller.actor());
		return account;
	}

	Page<Account> list(Caller caller, PageRequest page) {
		requireAdmin(caller);
		return page.page(accounts.page(page.after(), page.fetchSize()), Account::id);
	}

	Page<ResourceEvent> events(Caller caller, UUID id, Integer limit, String cursor) {
		return changes.page(limit, cursor, () -> visible(caller, id).id());
	}

	/** The account if the caller is an admin; otherwise 403 (accounts are admins' only). */
	public Account visible(Caller caller, UUID id) {
		requireAdmin(caller);
		return Account.KIND.visible(accounts.findById(id), owner -> true, id);
	}

	/** An account by id, for the provisioner; empty once deleted. */
	public Optional<Account> find(UUID id) {
		return accounts.findById(id);
	}

	/** An account by its AWS account id. */
	public Optional<Account> byAccountId(String accountId) {
		return accounts.findByAccountId(accountId);
	}

	/** Where {@code team}'s gateway goes: {@code requested}, if an account allows it, else the default (see {@link PlacementRules}). */
	public Placement place(String team, Placement requested) {
		return PlacementRules.resolve(team, requested, usableBy(team));
	}

	/** The accounts {@code team} may place gateways in. */
	public List<Account> usableBy(String team) {
		return team == null ? List.of() : teamAccounts.usableBy(team);
	}

	private static void requireAdmin(Caller caller) {
		if (!caller.admin()) {
			throw AccountProblems.adminsOnly();
		}
	}

}
