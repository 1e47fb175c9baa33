package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

/**
 * Declares, changes and removes IDP profiles for a caller's team. The live discovery check runs
 * before the transaction, never inside it. A managed profile's changes are handed to the
 * provisioner with an event, in the same transaction ({@link ProfileChanges} reports every change).
 */
@Service
public class IdpProfileManagement {

	private final IdpProfiles profiles;

	private final ProfileDiscovery discovery;

	private final TransactionTemplate transactions;

	private final TokenDiagnosis diagnosis;

	private final ProfileChanges changes;

	IdpProfileManagement(IdpProfiles profiles, ProfileDiscovery discovery, TransactionTemplate transactions,
			TokenDiagnosis diagnosis, ProfileChanges changes) {
		this.profiles = profiles;
		this.discovery = discovery;
		this.transactions = transactions;
		this.diagnosis = diagnosis;
		this.changes = changes;
	}

	IdpProfile declare(Caller caller, String name, IdpProfileSpec spec, ManagedCognito managed) {
		return declare(caller, name, spec, managed, managed != null ? Discovery.pending() : discovery.discover(spec));
	}

	/** Declares a profile whose discovery check has run already. */
	IdpProfile declare(Caller caller, String name, IdpProfileSpec spec, Discovery checked) {
		return declare(caller, name, spec, null, checked);
	}

	private IdpProfile declare(Caller caller, String name, IdpProfileSpec spec, ManagedCognito managed,
			Discovery checked) {
		String team = caller.requireTeam();
		return UniqueConstraints.unique("idp_profiles_name_per_team", () -> transactions.execute(tx -> {
			IdpProfile profile = profiles.save(IdpProfile.declare(team, name, spec, managed, checked, caller.actor()));
			changes.declared(profile);
			return profiles.findById(profile.id()).orElseThrow();
		}), () -> IdpProfile.KIND.nameTaken(name));
	}

	IdpProfile respecify(Caller caller, UUID id, String ifMatch, String name, IdpProfileSpec spec, ManagedCognito managed) {
		IdpProfile current = visible(caller, id).requireVersion(ifMatch);
		current.checkName(name);
		ManagedCognito declared = ManagedCognitoRules.keepImmutableParts(current.managed(), managed);
		Discovery checked = discovery.forChange(current, declared, spec);
		return transactions.execute(tx -> {
			IdpProfile profile = visible(caller, id).requireVersion(ifMatch);
			return profile.respecify(name, spec, declared, checked, caller.actor()) ? profiles.save(profile) : profile;
		});
	}

	/** A managed profile is reconciled now; nothing happens for one the team runs. */
	IdpProfile requestReconcile(Caller caller, UUID id) {
		return transactions.execute(tx -> changes.reconcileRequested(visible(caller, id), caller));
	}

	Page<ResourceEvent> events(Caller caller, UUID id, Integer limit, String cursor) {
		return changes.history(limit, cursor, () -> visible(caller, id).id());
	}

	Page<IdpProfile> list(Caller caller, String team, Provider provider, String name, PageRequest page) {
		List<IdpProfile> rows = profiles.page(caller.listScope(team), provider == null ? null : provider.name(), name,
				page.after(), page.fetchSize());
		return page.page(rows, IdpProfile::id);
	}

	/** Why a gateway using the profile would accept or refuse {@code token}; the token is not kept. */
	public TokenCheck diagnose(Caller caller, UUID id, String token) {
		IdpProfile profile = visible(caller, id);
		if (!profile.authorizerReady()) {
			throw IdpProfileProblems.notReady("no user pool or app client yet");
		}
		return changes.tokenChecked(profile, diagnosis.diagnose(profile, token));
	}

	/** Audits that a token was requested from the profile's identity provider: what was asked for, never the secret or token. */
	void tokenRequested(IdpProfile profile, String clientId, List<String> scopes, String audience, boolean issued) {
		changes.tokenRequested(profile, clientId, scopes, audience, issued);
	}

	/** The profile if the caller may see it; otherwise 404, whether it exists or not. */
	public IdpProfile visible(Caller caller, UUID id) {
		return profiles.visible(caller, id);
	}

	/**
	 * A profile a gateway of {@code team} may use: it must exist, belong to that same team and not be
	 * going away. In a transaction, it stays locked against deletion until the gateway is saved.
	 */
	public IdpProfile usableBy(String team, UUID id) {
		return profiles.lockForUse(id)
			.filter(profile -> profile.team().equals(team) && !profile.deletionRequested())
			.orElseThrow(() -> new IdpProfileNotFound(id));
	}

	/** A profile by id, for the provisioner; empty once deleted. */
	public Optional<IdpProfile> find(UUID id) {
		return profiles.findById(id);
	}

}
