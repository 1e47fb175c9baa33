package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.simulator.CognitoRecords.AppClient;
import dev.agentcore.controlplane.simulator.CognitoRecords.ResourceServer;

/**
 * The simulated user pools' app clients, with Cognito's rules: the client-credentials flow needs a
 * secret and no other flow, scopes must exist on a resource server of the pool, and an update
 * resets what it does not mention to the defaults.
 */
@Component
@Profile({ "local", "simulator" })
class CognitoAppClients {

	private final SimulatedCognito cognito;

	private final Map<String, AppClient> clients = new LinkedHashMap<>();

	CognitoAppClients(SimulatedCognito cognito) {
		this.cognito = cognito;
	}

	/** The user pools these app clients belong to. */
	SimulatedCognito cognito() {
		return cognito;
	}

	synchronized AppClient create(JsonNode request) {
		String poolId = JsonMembers.required(request, "UserPoolId");
		cognito.pool(poolId);
		String id;
		do {
			id = SimulatedCognito.random("abcdefghijklmnopqrstuvwxyz0123456789", 26);
		}
		while (clients.containsKey(id));
		String secret = JsonMembers.flag(request, "GenerateSecret")
				? SimulatedCognito.random("abcdefghijklmnopqrstuvwxyz0123456789", 51) : null;
		AppClient client = configured(request, poolId, id, secret, Instant.now(), Instant.now());
		clients.put(id, client);
		return client;
	}

	synchronized AppClient update(JsonNode request) {
		AppClient current = client(JsonMembers.required(request, "UserPoolId"), JsonMembers.required(request, "ClientId"));
		AppClient updated = configured(request, current.userPoolId(), current.clientId(), current.secret(),
				current.createdAt(), Instant.now());
		clients.put(current.clientId(), updated);
		return updated;
	}

	synchronized AppClient client(String poolId, String clientId) {
		cognito.pool(poolId);
		AppClient client = clients.get(clientId);
		if (client == null || !client.userPoolId().equals(poolId)) {
			throw AwsJsonError.notFound("User pool client " + clientId + " does not exist.");
		}
		return client;
	}

	/** A client by id alone, as the token endpoint finds it; null when there is none. */
	synchronized AppClient find(String clientId) {
		return clients.get(clientId);
	}

	synchronized List<AppClient> of(String poolId) {
		cognito.pool(poolId);
		return new ArrayList<>(clients.values().stream().filter(client -> client.userPoolId().equals(poolId)).toList());
	}

	synchronized void delete(String poolId, String clientId) {
		client(poolId, clientId);
		clients.remove(clientId);
	}

	synchronized void deleteAllOf(String poolId) {
		clients.values().removeIf(client -> client.userPoolId().equals(poolId));
	}

	private AppClient configured(JsonNode request, String poolId, String id, String secret, Instant created, Instant updated) {
		List<String> flows = JsonMembers.strings(request, "AllowedOAuthFlows");
		List<String> scopes = JsonMembers.strings(request, "AllowedOAuthScopes");
		boolean oauth = JsonMembers.flag(request, "AllowedOAuthFlowsUserPoolClient");
		if (flows.contains("client_credentials") && secret == null) {
			throw AwsJsonError.of("InvalidOAuthFlowException",
					"client_credentials flow can not be selected if client does not have a client secret.");
		}
		if (flows.contains("client_credentials") && flows.size() > 1) {
			throw AwsJsonError.of("InvalidOAuthFlowException",
					"client_credentials flow can not be selected along with code flow or implicit flow.");
		}
		if (oauth && (flows.isEmpty() || scopes.isEmpty())) {
			throw AwsJsonError.invalidParameter("AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
		}
		List<String> defined = cognito.resourceServers(poolId).stream().flatMap(server -> server.fullScopes().stream()).toList();
		for (String scope : scopes) {
			if (!defined.contains(scope) && !List.of("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin").contains(scope)) {
				throw AwsJsonError.of("ScopeDoesNotExistException", "Invalid scope requested: " + scope);
			}
		}
		List<String> providers = JsonMembers.strings(request, "SupportedIdentityProviders");
		return new AppClient(poolId, id, JsonMembers.required(request, "ClientName"), secret, flows, scopes, oauth,
				providers, accessTokenMinutes(request), created, updated);
	}

	/** AccessTokenValidity is in TokenValidityUnits.AccessToken, hours unless said otherwise; 60 minutes by default. */
	private static int accessTokenMinutes(JsonNode request) {
		Integer validity = JsonMembers.integer(request, "AccessTokenValidity");
		if (validity == null) {
			return 60;
		}
		String unit = JsonMembers.text(request.path("TokenValidityUnits"), "AccessToken");
		return switch (unit == null ? "hours" : unit) {
			case "seconds" -> Math.max(1, validity / 60);
			case "minutes" -> validity;
			case "days" -> validity * 24 * 60;
			default -> validity * 60;
		};
	}

	/** The resource server scopes of a pool, for the token endpoint's invalid_scope. */
	List<String> definedScopes(String poolId) {
		return cognito.resourceServers(poolId).stream().map(ResourceServer::fullScopes).flatMap(List::stream).toList();
	}

}
