package dev.agentcore.controlplane.gateway;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileManagement;
import dev.agentcore.controlplane.idp.IdpProfileNotFound;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * What a gateway's spec refers to in other modules, checked for the team in the change's
 * transaction: the authorizer's IDP profile (which then stays locked against deletion until the
 * gateway is saved) with the scopes it may advertise, and the policy engine it attaches. Kept
 * together because every declaration and respecification checks both, in this order.
 */
@Component
class GatewayReferences {

	private final IdpProfileManagement profiles;

	private final PolicyEngineAttachments policyEngines;

	GatewayReferences(IdpProfileManagement profiles, PolicyEngineAttachments policyEngines) {
		this.profiles = profiles;
		this.policyEngines = policyEngines;
	}

	/**
	 * Throws the problem to answer when a reference is not usable.
	 *
	 * @param current the gateway before the change; null for a new one
	 */
	/** What the spec refers to: the IDP profile, the policy engine (the team's, and of the gateway's placement). */
	void check(String team, Gateway current, GatewaySpec spec, Placement placement, boolean acknowledgeDenyAll) {
		checkAuthorizer(team, spec.authorizer());
		policyEngines.checkAttachment(team, current, spec, acknowledgeDenyAll);
		checkPlacement(placement, spec);
	}

	/**
	 * A gateway attaches only a policy engine of its own account and region (AgentCore attaches no other): one of ours
	 * named by id that lives elsewhere is refused, naming both placements and the fix.
	 */
	void checkPlacement(Placement placement, GatewaySpec spec) {
		GatewayMembers.PolicyEngine engine = spec.policyEngine();
		if (engine == null || engine.policyEngineId() == null) {
			return;
		}
		Placement gateway = placement == null
				? Placement.OWN : placement;
		policyEngines.placementOf(engine.policyEngineId())
			.filter(where -> !where.equals(gateway))
			.ifPresent(where -> {
				throw PlacedReferences.engineNotInPlacement(gateway, where);
			});
	}

	private void checkAuthorizer(String team, GatewaySpec.Authorizer authorizer) {
		String field = "authorizer.idpProfileId";
		if (!authorizer.type().validatesJwt()) {
			if (authorizer.idpProfileId() != null) {
				throw InvalidRequest.fields(List.of(new FieldError(field, "must be absent for " + authorizer.type())));
			}
			return;
		}
		if (authorizer.idpProfileId() == null) {
			throw InvalidRequest.fields(List.of(new FieldError(field, "is required for " + authorizer.type()
					+ ": the IDP profile that says which tokens the gateway accepts")));
		}
		IdpProfile profile;
		try {
			profile = profiles.usableBy(team, authorizer.idpProfileId());
		}
		catch (IdpProfileNotFound ex) {
			throw InvalidRequest.fields(List.of(new FieldError(field, "names no IDP profile of your team")));
		}
		if (authorizer.advertisedScopeMapping() != null) {
			List<FieldError> unknown = authorizer.advertisedScopeMapping()
				.keySet()
				.stream()
				.filter(scope -> !profile.spec().allowedScopes().contains(scope))
				.sorted()
				.map(scope -> new FieldError("authorizer.advertisedScopeMapping." + scope, "is not one of the IDP "
						+ "profile's allowedScopes " + profile.spec().allowedScopes() + "; only those can be advertised"))
				.toList();
			if (!unknown.isEmpty()) {
				throw InvalidRequest.fields(unknown);
			}
		}
	}

}
