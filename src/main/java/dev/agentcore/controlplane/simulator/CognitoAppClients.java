package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;


import dev.agentcore.controlplane.simulator.CognitoRecords.AppClient;
import dev.agentcore.controlplane.simulator.CognitoRecords.ResourceServer;

/**
 * The simulated user pools' app clients, with Cognito's rules: the client-credentials flow needs a
 * secret and no other flow, scopes must exist on a resource server of the pool, and an update
 * resets what it does not mention to the defaults (the request is read by {@link CognitoWireFormat}).
 */
class CognitoAppClients {

	private static final List<String> STANDARD_SCOPES = List.of("openid", "email", "phone", "profile",
			"aws.cognito.signin.user.admin");

	private final SimulatedCognito cognito;

	private final SimulatedStore<AppClient> clients = SimulatedStore.inMemory(SimulatedShape.settled(AppClient::clientId));

	CognitoAppClients(SimulatedCognito cognito) {
		this.cognito = cognito;
	}

	synchronized AppClient create(JsonNode request) {
		String poolId = JsonMembers.required(request, "UserPoolId");
		cognito.pool(poolId);
		String id = SimulatedIds.unique("", SimulatedIds.MIXED, 26, clients::contains);
		String secret = JsonMembers.flag(request, "GenerateSecret") ? SimulatedIds.random(SimulatedIds.MIXED, 51) : null;
		return clients.put(checked(CognitoWireFormat.client(request, poolId, id, secret, Instant.now(), Instant.now())));
	}

	synchronized AppClient update(JsonNode request) {
		AppClient current = client(JsonMembers.required(request, "UserPoolId"), JsonMembers.required(request, "ClientId"));
		return clients.put(checked(CognitoWireFormat.client(request, current.userPoolId(), current.clientId(),
				current.secret(), current.createdAt(), Instant.now())));
	}

	synchronized AppClient client(String poolId, String clientId) {
		cognito.pool(poolId);
		return clients.find(clientId).filter(client -> client.userPoolId().equals(poolId))
			.orElseThrow(() -> AwsJsonError.notFound("User pool client " + clientId + " does not exist."));
	}

	/** A client by id alone, as the token endpoint finds it; null when there is none. */
	synchronized AppClient find(String clientId) {
		return clients.find(clientId).orElse(null);
	}

	synchronized List<AppClient> of(String poolId) {
		cognito.pool(poolId);
		return clients.matching(client -> client.userPoolId().equals(poolId));
	}

	synchronized void delete(String poolId, String clientId) {
		clients.remove(client(poolId, clientId).clientId());
	}

	synchronized void deleteAllOf(String poolId) {
		clients.removeIf(client -> client.userPoolId().equals(poolId));
	}

	/** The resource server scopes of a pool, for the token endpoint's invalid_scope. */
	List<String> definedScopes(String poolId) {
		return cognito.resourceServers(poolId).stream().map(ResourceServer::fullScopes).flatMap(List::stream).toList();
	}

	/** The client, if it keeps Cognito's rules for flows and scopes. */
	private AppClient checked(AppClient client) {
		if (client.flows().contains("client_credentials") && client.secret() == null) {
			throw AwsJsonError.of("InvalidOAuthFlowException",
					"client_credentials flow can not be selected if client does not have a client secret.");
		}
		if (client.flows().contains("client_credentials") && client.flows().size() > 1) {
			throw AwsJsonError.of("InvalidOAuthFlowException",
					"client_credentials flow can not be selected along with code flow or implicit flow.");
		}
		if (client.oauthEnabled() && (client.flows().isEmpty() || client.scopes().isEmpty())) {
			throw AwsJsonError.invalidParameter("AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
		}
		List<String> defined = definedScopes(client.userPoolId());
		for (String scope : client.scopes()) {
			if (!defined.contains(scope) && !STANDARD_SCOPES.contains(scope)) {
				throw AwsJsonError.of("ScopeDoesNotExistException", "Invalid scope requested: " + scope);
			}
		}
		return client;
	}

}
