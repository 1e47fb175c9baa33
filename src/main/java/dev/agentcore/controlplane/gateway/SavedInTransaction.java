package dev.agentcore.controlplane.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.event.AfterDeleteCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.TransactionScoped;

/**
 * The gateways the current transaction saved, as it saved them: the listeners of a change (roles, policies) ask
 * for the gateway the change just wrote, and reading it back was two of a POST's statements (issue #27). Only
 * the desired state is to be taken from here: status columns written by SQL after the save are not seen.
 */
@Component
class SavedInTransaction implements AfterSaveCallback<Gateway>, AfterDeleteCallback<Gateway> {

	private final TransactionScoped<Map<UUID, Gateway>> saved = new TransactionScoped<>(HashMap::new);

	@Override
	public Gateway onAfterSave(Gateway gateway) {
		Map<UUID, Gateway> gateways = saved.obtain();
		if (gateways != null) {
			gateways.put(gateway.id(), gateway);
		}
		return gateway;
	}

	@Override
	public Gateway onAfterDelete(Gateway deleted) {
		Map<UUID, Gateway> gateways = saved.current();
		if (gateways != null && deleted != null) {
			gateways.remove(deleted.id());
		}
		return deleted;
	}

	Optional<Gateway> find(UUID id) {
		Map<UUID, Gateway> gateways = saved.current();
		return gateways == null ? Optional.empty() : Optional.ofNullable(gateways.get(id));
	}

}
