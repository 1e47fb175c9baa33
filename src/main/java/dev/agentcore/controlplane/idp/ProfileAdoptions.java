package dev.agentcore.controlplane.idp;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.outbound.GuardedFetch;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Violations;

/**
 * The IDP profile for a JWT authorizer found in AWS (an import): a profile of the team with the
 * same authorizer settings is reused; otherwise one is declared through the same rules, discovery
 * check and declaration as POST /idp-profiles, named after the gateway.
 */
@Component
public class ProfileAdoptions {

	private final IdpProfiles profiles;

	private final IdpProfileManagement management;

	private final Violations violations;

	private final GuardedFetch fetch;

	private final ProfileDiscovery discovery;

	ProfileAdoptions(IdpProfiles profiles, IdpProfileManagement management, Violations violations, GuardedFetch fetch,
			ProfileDiscovery discovery) {
		this.profiles = profiles;
		this.management = management;
		this.violations = violations;
		this.fetch = fetch;
		this.discovery = discovery;
	}

	/**
	 * @param reused whether an existing profile of the team was taken
	 */
	public record Adopted(IdpProfile profile, boolean reused) {
	}

	/** The team's profile with these authorizer settings (not its name, description or provider), if it has one. */
	public java.util.Optional<IdpProfile> identical(String team, IdpProfileSpec spec) {
		return profiles.ofTeam(team).stream().filter(profile -> sameAuthorizer(profile.spec(), spec)).findFirst();
	}

	/**
	 * A profile ready to be declared: the team's identical one, or a new one that passed the rules and whose
	 * discovery check has run.
	 *
	 * @param existing the team's profile with these settings; null when a new one is declared
	 */
	public record Prepared(IdpProfile existing, String name, IdpProfileSpec spec, Discovery discovery) {
	}

	/**
	 * Checks what would be declared and runs the live discovery check, outside any transaction: the fetch takes up
	 * to its deadline, and no database connection waits for it.
	 */
	public Prepared prepare(Caller caller, String gatewayName, IdpProfileSpec spec) {
		var existing = identical(caller.requireTeam(), spec);
		if (existing.isPresent()) {
			return new Prepared(existing.get(), null, null, null);
		}
		String name = freeName(caller.requireTeam(), gatewayName.toLowerCase(java.util.Locale.ROOT) + "-jwt");
		IdpProfileRequest request = new IdpProfileRequest(name, spec.description(), spec.provider(), spec.discoveryUrl(),
				spec.allowedClients(), spec.allowedAudience(), spec.allowedScopes(), spec.customClaims(), null);
		Violations.Collector found = violations.of(request);
		IdpProfileRules.claimShapes(spec, found);
		found.throwIfAny();
		IdpProfileRules.check(spec, fetch.allowsPrivateNetworks());
		return new Prepared(null, name, spec, discovery.discover(spec));
	}

	/** Declares the prepared profile (or takes the existing one) in the caller's transaction; fetches nothing. */
	public Adopted adopt(Caller caller, Prepared prepared) {
		if (prepared.existing() != null) {
			return new Adopted(prepared.existing(), true);
		}
		return new Adopted(management.declare(caller, prepared.name(), prepared.spec(), prepared.discovery()), false);
	}

	private String freeName(String team, String base) {
		Set<String> taken = profiles.ofTeam(team).stream().map(IdpProfile::name).collect(Collectors.toSet());
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + "-" + i;
		}
		return name;
	}

	/**
	 * What the gateway's authorizer gets from a profile (GatewayRequests' customJWTAuthorizer), private endpoints too: a
	 * profile that declares one would send it to a gateway whose own endpoint (none, or one set outside) is kept.
	 */
	static boolean sameAuthorizer(IdpProfileSpec a, IdpProfileSpec b) {
		return Objects.equals(a.discoveryUrl(), b.discoveryUrl()) && a.allowedClients().equals(b.allowedClients())
				&& a.allowedAudience().equals(b.allowedAudience()) && a.allowedScopes().equals(b.allowedScopes())
				&& a.customClaims().equals(b.customClaims()) && Objects.equals(a.privateEndpoint(), b.privateEndpoint())
				&& a.privateEndpointOverrides().equals(b.privateEndpointOverrides());
	}

}
