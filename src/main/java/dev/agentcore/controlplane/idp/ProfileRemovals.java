package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.security.Caller;

/**
 * Removes a profile no gateway uses. One the team runs goes at once (empty result); a managed one is handed to the
 * provisioner, which deletes what it created and then the profile. The row lock makes a gateway that is being pointed
 * at the profile at the same time either finish first (then the profile is in use: 409) or find it gone or going (400).
 */
@Component
class ProfileRemovals {

	private final IdpProfiles profiles;

	private final GatewayUsage usage;

	private final TransactionTemplate transactions;

	private final ProfileChanges changes;

	ProfileRemovals(IdpProfiles profiles, GatewayUsage usage, TransactionTemplate transactions, ProfileChanges changes) {
		this.profiles = profiles;
		this.usage = usage;
		this.transactions = transactions;
		this.changes = changes;
	}

	Optional<IdpProfile> remove(Caller caller, UUID id, String ifMatch) {
		try {
			return transactions.execute(tx -> {
				IdpProfile profile = profiles.lockForRemoval(id).filter(found -> caller.canSee(found.team()))
					.orElseThrow(() -> new IdpProfileNotFound(id));
				profile.requireVersion(ifMatch);
				List<UUID> users = usage.gatewaysUsing(id);
				if (!users.isEmpty()) {
					throw IdpProfileProblems.inUse(id, users);
				}
				if (!profile.isManaged()) {
					profile.remove();
					profiles.delete(profile);
					return Optional.<IdpProfile>empty();
				}
				if (profile.requestDeletion(caller.actor())) {
					profile = profiles.save(profile);
					changes.deletionRequested(profile);
				}
				return profiles.findById(id);
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw IdpProfileProblems.inUse(id, usage.gatewaysUsing(id));
		}
	}

}
