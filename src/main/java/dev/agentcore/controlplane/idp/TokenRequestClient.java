package dev.agentcore.controlplane.idp;

import java.util.List;

import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems.FieldError;

/**
 * The client a token request is made for: the id, and the secret given in the request or read from
 * Secrets Manager for one of the profile's own managed clients (never any other secret).
 *
 * @param secretArn where a managed client's secret is; null for a secret given in the request
 * @param managedName the managed client's name; null for other clients
 */
record TokenRequestClient(String clientId, ClientSecret secret, String secretArn, String managedName) {

	static TokenRequestClient of(IdpProfile profile, TokenRequestBody body, ClientSecrets secrets) {
		int given = (body.clientSecret() != null ? 1 : 0) + (body.secretArn() != null ? 1 : 0)
				+ (body.managedClient() != null ? 1 : 0);
		if (given != 1) {
			throw IdpProfileProblems.credentialsRequired();
		}
		if (body.clientSecret() != null) {
			if (body.clientId() == null || body.clientId().isBlank()) {
				throw InvalidRequest.fields(List.of(new FieldError("clientId", "is required with clientSecret")));
			}
			return new TokenRequestClient(body.clientId(), new ClientSecret(body.clientSecret()), null, null);
		}
		ManagedClient client = body.managedClient() != null
				? profile.managedIdp().managedClients().named(body.managedClient()).orElseThrow(() -> IdpProfileProblems.unknownManagedClient(
						body.managedClient(), profile.managedIdp().managedClients().clients().stream().map(ManagedClient::name).toList()))
				: profile.managedIdp().managedClients().clients().stream().filter(c -> c.secretArn().equals(body.secretArn())).findFirst()
					.orElseThrow(IdpProfileProblems::secretNotOfProfile);
		ClientSecret secret;
		try {
			secret = secrets.read(client.secretArn());
		}
		catch (ClientSecrets.Unreadable ex) {
			throw IdpProfileProblems.secretUnreadable(ex.getMessage());
		}
		return new TokenRequestClient(client.clientId(), secret, client.secretArn(), client.name());
	}

	TokenRemedies.Context context(IdpProfile profile, TokenRequestBody body) {
		ManagedCognito managed = profile.managed();
		if (managed == null) {
			return new TokenRemedies.Context(profile.spec().provider(), clientId, body.scopes(), null, null, null,
					null);
		}
		List<String> clientScopes = managed.clients().stream()
			.filter(client -> client.name().equals(managedName))
			.findFirst()
			.map(ManagedCognito.Client::scopes)
			.orElse(null);
		return new TokenRemedies.Context(Provider.COGNITO, clientId, body.scopes(), managed.fullScopes(),
				clientScopes, secretArn, profile.managedIdp().aws().userPoolId());
	}

}
