package dev.agentcore.controlplane.idp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
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

	private final DiscoveryCheck discoveryCheck;

	private final GatewayUsage usage;

	private final TransactionTemplate transactions;

	private final TokenDiagnosis diagnosis;

	private final ProfileChanges changes;

	IdpProfileManagement(IdpProfiles profiles, DiscoveryCheck discoveryCheck, GatewayUsage usage,
			TransactionTemplate transactions, TokenDiagnosis diagnosis, ProfileChanges changes) {
		this.profiles = profiles;
		this.discoveryCheck = discoveryCheck;
		this.usage = usage;
		this.transactions = transactions;
		this.diagnosis = diagnosis;
		this.changes = changes;
	}

	IdpProfile declare(Caller caller, String name, IdpProfileSpec spec, ManagedCognito managed) {
		return declare(caller, name, spec, managed, managed != null ? Discovery.pending() : discover(spec));
	}

	/** The live discovery check of a profile's discovery URL; call it outside a transaction. */
	Discovery discover(IdpProfileSpec spec) {
		return discoveryCheck.check(spec.discoveryUrl()).discovery();
	}

	/** Declares a profile whose discovery check has run already. */
	IdpProfile declare(Caller caller, String name, IdpProfileSpec spec, Discovery discovery) {
		return declare(caller, name, spec, null, discovery);
	}

	private IdpProfile declare(Caller caller, String name, IdpProfileSpec spec, ManagedCognito managed,
			Discovery discovery) {
		String team = caller.requireTeam();
		return UniqueConstraints.unique("idp_profiles_name_per_team", () -> transactions.execute(tx -> {
			IdpProfile profile = profiles.save(IdpProfile.declare(team, name, spec, managed, discovery, caller.actor()));
			changes.declared(profile);
			return profiles.findById(profile.id()).orElseThrow();
		}), () -> IdpProfile.KIND.nameTaken(name));
	}

	IdpProfile respecify(Caller caller, UUID id, String ifMatch, String name, IdpProfileSpec spec, ManagedCognito managed) {
		IdpProfile current = visible(caller, id).requireVersion(ifMatch);
		current.checkRespecify(name);
		ManagedCognito declared = ManagedCognitoRules.keepImmutableParts(current.managed(), managed);
		Discovery discovery = declared != null ? current.discovery()
				: spec.discoveryUrl().equals(current.declaredSpec().discoveryUrl())
						&& current.discovery().state() == Discovery.State.VALID ? current.discovery()
								: discoveryCheck.check(spec.discoveryUrl()).discovery();
		return transactions.execute(tx -> {
			IdpProfile profile = visible(caller, id).requireVersion(ifMatch);
			return profile.respecify(name, spec, declared, discovery, caller.actor()) ? profiles.save(profile) : profile;
		});
	}

	/**
	 * Removes a profile no gateway uses. One the team runs goes at once (empty result); a managed
	 * one is handed to the provisioner, which deletes what it created and then the profile. The row
	 * lock makes a gateway that is being pointed at the profile at the same time either finish first
	 * (then the profile is in use: 409) or find it gone or going (400).
	 */
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

	IdpProfile requestReconcile(Caller caller, UUID id) {
		return transactions.execute(tx -> {
			IdpProfile profile = visible(caller, id);
			if (profile.isManaged()) {
				changes.reconcileRequested(profile, caller);
			}
			return profile;
		});
	}

	Page<ResourceEvent> events(Caller caller, UUID id, Integer limit, String cursor) {
		return changes.history(limit, cursor, () -> visible(caller, id).id());
	}

	IdpProfile recheckDiscovery(Caller caller, UUID id) {
		IdpProfile current = visible(caller, id);
		if (current.spec().discoveryUrl() == null) {
			throw IdpProfileProblems.notReady("the user pool does not exist yet");
		}
		Discovery discovery = discoveryCheck.check(current.spec().discoveryUrl()).discovery();
		return transactions.execute(tx -> {
			IdpProfile profile = visible(caller, id);
			profile.recordDiscovery(discovery);
			return profiles.save(profile);
		});
	}

	Page<IdpProfile> list(Caller caller, String team, Provider provider, String name, PageRequest page) {
		List<IdpProfile> rows = profiles.page(caller.listScope(team), provider == null ? null : provider.name(), name, page.after(),
				page.fetchSize());
		return page.page(rows, IdpProfile::id);
	}

	Map<UUID, Long> usageCounts(Collection<UUID> ids) {
		return usage.countsFor(ids);
	}

	/** Why a gateway using the profile would accept or refuse {@code token}; the token is not kept. */
	public TokenCheck diagnose(Caller caller, UUID id, String token) {
		IdpProfile profile = visible(caller, id);
		if (!profile.authorizerReady()) {
			throw IdpProfileProblems.notReady("no user pool or app client yet");
		}
		TokenCheck check = diagnosis.diagnose(profile, token);
		changes.tokenChecked(profile, check);
		return check;
	}

	/** Audits that a token was requested from the profile's identity provider: what was asked for, never the secret or token. */
	void tokenRequested(IdpProfile profile, String clientId, List<String> scopes, String audience, boolean issued) {
		changes.tokenRequested(profile, clientId, scopes, audience, issued);
	}

	/** The profile if the caller may see it; otherwise 404, whether it exists or not. */
	public IdpProfile visible(Caller caller, UUID id) {
		return profiles.findById(id).filter(profile -> caller.canSee(profile.team())).orElseThrow(() -> new IdpProfileNotFound(id));
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
