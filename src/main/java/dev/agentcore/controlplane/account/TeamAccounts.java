package dev.agentcore.controlplane.account;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * The accounts each team may use, as read within the last {@link #KEPT_NANOS}: every POST of a gateway asks where the
 * team's gateways go, and the query (with its mapping) was 7% of a POST's CPU (issue #27) for a table admins change a
 * few times a year. A change to an account made on this replica is seen at once (forgotten when it is made and again
 * when it commits); one made on another replica within a second.
 */
@Component
class TeamAccounts {

	static final long KEPT_NANOS = 1_000_000_000L;

	private record Read(List<Account> accounts, long at) {
	}

	private final Accounts accounts;

	private final Map<String, Read> reads = new ConcurrentHashMap<>();

	TeamAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	List<Account> usableBy(String team) {
		long now = System.nanoTime();
		Read read = reads.get(team);
		if (read != null && now - read.at() < KEPT_NANOS) {
			return read.accounts();
		}
		List<Account> usable = List.copyOf(accounts.usableBy(team));
		if (reads.size() > 10_000) {
			reads.clear();
		}
		reads.put(team, new Read(usable, now));
		return usable;
	}

	@EventListener
	void on(ResourceChanged changed) {
		if (changed.ref().type() != ResourceType.ACCOUNT) {
			return;
		}
		reads.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					reads.clear();
				}
			});
		}
	}

}
