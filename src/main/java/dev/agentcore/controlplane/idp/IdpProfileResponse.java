package dev.agentcore.controlplane.idp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.network.PrivateEndpointOverride;
import dev.agentcore.controlplane.resource.StatusView;

/**
 * An IDP profile as the API shows it.
 *
 * @param discoveryUrl as declared, or for a managed profile the user pool's (once created)
 * @param allowedClients as declared, or for a managed profile the app client ids (once created)
 * @param usedByGateways how many gateways use it
 * @param warnings things that are allowed but probably not what you want
 * @param discovery the last live check of the discovery URL
 * @param managed the managed Cognito identity provider as declared; null when the team runs its own
 * @param generation counts accepted changes of what the provisioner creates
 * @param status the provisioner's progress; READY at once for a profile with nothing to provision
 * @param aws what AWS holds for a managed profile; null otherwise
 * @param privateEndpoint as declared; absent for an identity provider on the internet
 * @param privateEndpointOverrides as declared; absent when none
 */
record IdpProfileResponse(UUID id, String team, String name, String description, Provider provider,
		String discoveryUrl, List<String> allowedClients, List<String> allowedAudience, List<String> allowedScopes,
		List<CustomClaim> customClaims, int version, Instant createdAt, Instant updatedAt, String createdBy,
		long usedByGateways, List<String> warnings, Discovery discovery, ManagedCognito managed, long generation,
		StatusView status, UserPoolView aws, @JsonInclude(JsonInclude.Include.NON_NULL) PrivateEndpoint privateEndpoint,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<PrivateEndpointOverride> privateEndpointOverrides) {

	static IdpProfileResponse from(IdpProfile profile, long usedByGateways) {
		IdpProfileSpec spec = profile.spec();
		return new IdpProfileResponse(profile.id(), profile.team(), profile.name(), spec.description(), spec.provider(),
				spec.discoveryUrl(), spec.allowedClients(), spec.allowedAudience(), spec.allowedScopes(),
				spec.customClaims(), profile.version(), profile.createdAt(), profile.updatedAt(), profile.createdBy(),
				usedByGateways, warnings(profile), profile.discovery(), profile.managed(), profile.generation(),
				StatusView.from(profile.status(), profile.createdAt(), profile.deletionRequested()), UserPoolView.from(profile),
				spec.privateEndpoint(), spec.privateEndpointOverrides());
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

	/**
	 * A managed profile's Cognito resources. Client secrets are never shown: each is in Secrets Manager.
	 *
	 * @param userPoolId the user pool
	 * @param userPoolArn its ARN
	 * @param domain the hosted domain's prefix
	 * @param tokenEndpoint where clients get tokens (from the discovery document)
	 * @param status the provisioner's summary: READY, CREATING (domain), or what differs
	 * @param statusReasons what differs from the declaration
	 * @param clients the app clients created so far
	 */
	record UserPoolView(String userPoolId, String userPoolArn, String domain, String tokenEndpoint, String status,
			List<String> statusReasons, List<ManagedClientView> clients) {

		static UserPoolView from(IdpProfile profile) {
			if (!profile.isManaged()) {
				return null;
			}
			AwsUserPool aws = profile.managedIdp().aws();
			List<ManagedClientView> clients = profile.managedIdp().managedClients()
				.clients()
				.stream()
				.map(client -> new ManagedClientView(client.name(), client.clientId(), scopesOf(profile, client.name()),
						client.secretArn()))
				.toList();
			return new UserPoolView(aws.userPoolId(), aws.userPoolArn(), aws.domain(), profile.discovery().tokenEndpoint(),
					aws.status(), aws.statusReasons(), clients);
		}

		private static List<String> scopesOf(IdpProfile profile, String name) {
			return profile.managed()
				.clients()
				.stream()
				.filter(client -> client.name().equals(name))
				.findFirst()
				.map(ManagedCognito.Client::scopes)
				.orElse(List.of());
		}

	}

	/**
	 * @param name the client's name in the profile
	 * @param clientId Cognito's app client id ({@code client_id} in its tokens)
	 * @param scopes the scopes it may request
	 * @param secretArn the Secrets Manager secret with {@code clientId} and {@code clientSecret}
	 */
	record ManagedClientView(String name, String clientId, List<String> scopes, String secretArn) {
	}

}
