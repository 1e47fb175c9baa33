package dev.agentcore.controlplane.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.event.AfterDeleteCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The gateways the current transaction saved, as it saved them: the listeners of a change (roles, policies) ask
 * for the gateway the change just wrote, and reading it back was two of a POST's statements (issue #27). Only
 * the desired state is to be taken from here: status columns written by SQL after the save are not seen.
 */
@Component
class SavedInTransaction implements AfterSaveCallback<Gateway>, AfterDeleteCallback<Gateway> {

	@Override
	public Gateway onAfterSave(Gateway saved) {
		Map<UUID, Gateway> gateways = gateways();
		if (gateways != null) {
			gateways.put(saved.id(), saved);
		}
		return saved;
	}

	@Override
	public Gateway onAfterDelete(Gateway deleted) {
		Map<UUID, Gateway> gateways = gateways();
		if (gateways != null && deleted != null) {
			gateways.remove(deleted.id());
		}
		return deleted;
	}

	Optional<Gateway> find(UUID id) {
		Map<UUID, Gateway> gateways = gateways();
		return gateways == null ? Optional.empty() : Optional.ofNullable(gateways.get(id));
	}

	/** This transaction's map, bound on first use and unbound when it completes; null outside a transaction. */
	@SuppressWarnings("unchecked")
	private Map<UUID, Gateway> gateways() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<UUID, Gateway> bound = (Map<UUID, Gateway>) TransactionSynchronizationManager.getResource(this);
		if (bound == null) {
			Map<UUID, Gateway> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(SavedInTransaction.this);
				}
			});
			bound = fresh;
		}
		return bound;
	}

}
