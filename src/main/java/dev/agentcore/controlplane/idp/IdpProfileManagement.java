package dev.agentcore.controlplane.idp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.Versions;

/**
 * Declares, changes and removes IDP profiles for a caller's team. The live discovery check runs
 * before the transaction, never inside it.
 */
@Service
public class IdpProfileManagement {

	private final IdpProfiles profiles;

	private final DiscoveryCheck discoveryCheck;

	private final GatewayUsage usage;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final TokenDiagnosis diagnosis;

	IdpProfileManagement(IdpProfiles profiles, DiscoveryCheck discoveryCheck, GatewayUsage usage,
			ApplicationEventPublisher events, TransactionTemplate transactions, TokenDiagnosis diagnosis) {
		this.diagnosis = diagnosis;
		this.profiles = profiles;
		this.discoveryCheck = discoveryCheck;
		this.usage = usage;
		this.events = events;
		this.transactions = transactions;
	}

	IdpProfile declare(Caller caller, String name, IdpProfileSpec spec) {
		String team = caller.requireTeam();
		Discovery discovery = discoveryCheck.check(spec.discoveryUrl()).discovery();
		return UniqueConstraints.unique("idp_profiles_name_per_team",
				() -> transactions.execute(status -> profiles.save(IdpProfile.declare(team, name, spec, discovery, caller.actor()))),
				() -> IdpProfileProblems.nameTaken(name));
	}

	IdpProfile respecify(Caller caller, UUID id, String ifMatch, String name, IdpProfileSpec spec) {
		IdpProfile current = visible(caller, id);
		Versions.requireIfMatch(ifMatch, current.version());
		current.checkRespecify(name);
		Discovery discovery = spec.discoveryUrl().equals(current.spec().discoveryUrl())
				&& current.discovery().state() == Discovery.State.VALID ? current.discovery()
						: discoveryCheck.check(spec.discoveryUrl()).discovery();
		return transactions.execute(status -> {
			IdpProfile profile = visible(caller, id);
			Versions.requireIfMatch(ifMatch, profile.version());
			boolean authorizerChanged = !profile.spec().equals(spec);
			profile.respecify(name, spec, discovery);
			IdpProfile saved = profiles.save(profile);
			if (authorizerChanged) {
				events.publishEvent(new IdpProfileChanged(id, caller.actor()));
			}
			return saved;
		});
	}

	/**
	 * Deletes an unused profile. The row lock makes a gateway that is being pointed at the profile
	 * at the same time either finish first (then the profile is in use: 409) or find it gone (400).
	 */
	void remove(Caller caller, UUID id, String ifMatch) {
		try {
			transactions.executeWithoutResult(status -> {
				IdpProfile profile = profiles.lockForRemoval(id).filter(found -> caller.canSee(found.team()))
					.orElseThrow(() -> new IdpProfileNotFound(id));
				Versions.requireIfMatch(ifMatch, profile.version());
				List<UUID> users = usage.gatewaysUsing(id);
				if (!users.isEmpty()) {
					throw IdpProfileProblems.inUse(id, users);
				}
				profiles.delete(profile);
			});
		}
		catch (DataIntegrityViolationException ex) {
			throw IdpProfileProblems.inUse(id, usage.gatewaysUsing(id));
		}
	}

	IdpProfile recheckDiscovery(Caller caller, UUID id) {
		IdpProfile current = visible(caller, id);
		Discovery discovery = discoveryCheck.check(current.spec().discoveryUrl()).discovery();
		return transactions.execute(status -> {
			IdpProfile profile = visible(caller, id);
			profile.recordDiscovery(discovery);
			return profiles.save(profile);
		});
	}

	Page<IdpProfile> list(Caller caller, String team, Provider provider, String name, PageRequest page) {
		String scope = caller.admin() ? (team == null || team.isBlank() ? null : team) : caller.requireTeam();
		List<IdpProfile> rows = profiles.page(scope, provider == null ? null : provider.name(), name, page.after(),
				page.fetchSize());
		return page.page(rows, IdpProfile::id);
	}

	Map<UUID, Long> usageCounts(Collection<UUID> ids) {
		return usage.countsFor(ids);
	}

	/** Why a gateway using the profile would accept or refuse {@code token}; the token is not kept. */
	public TokenCheck diagnose(Caller caller, UUID id, String token) {
		return diagnosis.diagnose(visible(caller, id), token);
	}

	/** The profile if the caller may see it; otherwise 404, whether it exists or not. */
	public IdpProfile visible(Caller caller, UUID id) {
		return profiles.findById(id).filter(profile -> caller.canSee(profile.team())).orElseThrow(() -> new IdpProfileNotFound(id));
	}

	/**
	 * A profile a gateway of {@code team} may use: it must exist and belong to that same team. In a
	 * transaction, it stays locked against deletion until the gateway is saved.
	 */
	public IdpProfile usableBy(String team, UUID id) {
		return profiles.lockForUse(id).filter(profile -> profile.team().equals(team)).orElseThrow(() -> new IdpProfileNotFound(id));
	}

	/** A profile by id, for the provisioner; empty once deleted. */
	public java.util.Optional<IdpProfile> find(UUID id) {
		return profiles.findById(id);
	}

}
