package dev.agentcore.controlplane.idp;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.security.Caller;

/**
 * The live discovery check of a profile's discovery URL, always outside a transaction: when a declaration or a
 * change needs it, and when a caller asks for it again. A managed profile's URL is the provisioner's.
 */
@Component
class ProfileDiscovery {

	private final DiscoveryCheck check;

	private final IdpProfiles profiles;

	private final TransactionTemplate transactions;

	ProfileDiscovery(DiscoveryCheck check, IdpProfiles profiles, TransactionTemplate transactions) {
		this.check = check;
		this.profiles = profiles;
		this.transactions = transactions;
	}

	/** The live discovery check of a profile's discovery URL. */
	Discovery discover(IdpProfileSpec spec) {
		return check.check(spec.discoveryUrl()).discovery();
	}

	/** For a new spec: checked again unless it is managed, or its URL is unchanged and passed. */
	Discovery forChange(IdpProfile current, ManagedCognito declared, IdpProfileSpec spec) {
		boolean unchanged = declared != null || spec.discoveryUrl().equals(current.declaredSpec().discoveryUrl())
				&& current.discovery().state() == Discovery.State.VALID;
		return unchanged ? current.discovery() : discover(spec);
	}

	/** Checks a visible profile's discovery URL again and records the result. */
	IdpProfile recheck(Caller caller, UUID id) {
		IdpProfile current = profiles.visible(caller, id);
		if (current.spec().discoveryUrl() == null) {
			throw IdpProfileProblems.notReady("the user pool does not exist yet");
		}
		Discovery discovery = discover(current.spec());
		return transactions.execute(tx -> {
			IdpProfile profile = profiles.visible(caller, id);
			profile.recordDiscovery(discovery);
			return profiles.save(profile);
		});
	}

}
