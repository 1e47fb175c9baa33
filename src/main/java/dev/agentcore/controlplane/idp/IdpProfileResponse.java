package dev.agentcore.controlplane.idp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An IDP profile as the API shows it.
 *
 * @param usedByGateways how many gateways use it
 * @param warnings things that are allowed but probably not what you want
 * @param discovery the last live check of the discovery URL
 */
record IdpProfileResponse(UUID id, String team, String name, String description, Provider provider,
		String discoveryUrl, List<String> allowedClients, List<String> allowedAudience, List<String> allowedScopes,
		List<CustomClaim> customClaims, int version, Instant createdAt, Instant updatedAt, String createdBy,
		long usedByGateways, List<String> warnings, Discovery discovery) {

	static IdpProfileResponse from(IdpProfile profile, long usedByGateways) {
		IdpProfileSpec spec = profile.spec();
		return new IdpProfileResponse(profile.id(), profile.team(), profile.name(), spec.description(), spec.provider(),
				spec.discoveryUrl(), spec.allowedClients(), spec.allowedAudience(), spec.allowedScopes(),
				spec.customClaims(), profile.version(), profile.createdAt(), profile.updatedAt(), profile.createdBy(),
				usedByGateways, warnings(profile), profile.discovery());
	}

	private static List<String> warnings(IdpProfile profile) {
		IdpProfileSpec spec = profile.spec();
		List<String> warnings = new ArrayList<>();
		if (!spec.allowedAudience().isEmpty() && !spec.allowedClients().isEmpty()) {
			warnings.add("Both allowedAudience and allowedClients are set: a token must match both, so tokens of "
					+ "clients not listed are refused even with the right audience.");
		}
		if (spec.provider() == Provider.OIDC && spec.allowedAudience().isEmpty() && spec.allowedClients().isEmpty()
				&& spec.customClaims().isEmpty()) {
			warnings.add("Only scopes are checked: any client of this issuer that obtains one of them can call the gateways.");
		}
		Discovery.State state = profile.discovery().state();
		if (state == Discovery.State.INVALID || state == Discovery.State.UNREACHABLE) {
			warnings.add("The discovery check failed (" + profile.discovery().message()
					+ ") Gateways using this profile will refuse every token until it passes; fix the URL or run "
					+ "POST .../discovery-check when the issuer is back.");
		}
		return warnings;
	}

}
