package dev.agentcore.controlplane.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.ClientSecret;
import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.IdpProfileStatus;
import dev.agentcore.controlplane.idp.ManagedClient;
import dev.agentcore.controlplane.idp.ManagedCognito;
import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.provisioning.CognitoUserPools.Domain;
import dev.agentcore.controlplane.provisioning.CognitoUserPools.ResourceServer;

/**
 * The seed's Cognito commands, in order and each only when needed: the domain, the resource
 * server, then per app client the client and its secret in Secrets Manager, recorded at once as a
 * checkpoint of the report (a crash in between is adopted by name, and the secret read back from
 * Cognito); clients no longer declared lose their secret, then go, forgotten at once too. Deleting
 * runs the other way round. Every AWS call is an event of the report, in the order of the calls; no
 * secret is ever in one.
 */
@Component
class ManagedIdpSteps {

	private final CognitoUserPools cognito;

	private final ClientSecretStore secrets;

	private final IdpProfileStatus status;

	private final JsonMapper json;

	ManagedIdpSteps(CognitoUserPools cognito, ClientSecretStore secrets, IdpProfileStatus status, JsonMapper json) {
		this.cognito = cognito;
		this.secrets = secrets;
		this.status = status;
		this.json = json;
	}

	/** Makes the pool hold what is declared; returns the last call's request id. */
	Call<ObservedIdp> converge(IdpProfile profile, String poolId, DesiredIdp desired, Report report) {
		String requestId = domain(profile, poolId, desired.managed().domainPrefix(), report);
		requestId = last(requestId, resourceServer(poolId, desired.resourceServer(), report));
		Map<String, String> idsByName = new LinkedHashMap<>();
		cognito.listClients(poolId).forEach(client -> idsByName.putIfAbsent(client.name(), client.id()));
		for (ManagedCognito.Client client : desired.managed().clients()) {
			requestId = last(requestId, client(profile, poolId, desired, client, idsByName, report));
		}
		for (ManagedClient recorded : profile.managedIdp().managedClients().clients()) {
			if (desired.managed().clients().stream().noneMatch(client -> client.name().equals(recorded.name()))) {
				requestId = last(requestId, removeClient(poolId, recorded, report));
			}
		}
		return new Call<>(null, requestId);
	}

	/**
	 * Deletes, in reverse order, what the provisioner created. Returns whether the user pool itself
	 * was deleted: its domain may need a moment to go first.
	 */
	boolean delete(IdpProfile profile, String poolId, DesiredIdp desired, Report report) {
		for (ManagedClient recorded : profile.managedIdp().managedClients().clients()) {
			removeClient(poolId, recorded, report);
		}
		if (desired != null) {
			for (ManagedCognito.Client client : desired.managed().clients()) {
				if (secrets.exists(desired.secretName(client.name()))) {
					call(report, "DeleteSecret", secrets.delete(desired.secretName(client.name())).requestId(),
							"deleted the secret of app client " + client.name() + ", stored before a lost result");
				}
			}
			String identifier = desired.managed().resourceServer().identifier();
			if (cognito.describeResourceServer(poolId, identifier).isPresent()) {
				call(report, "DeleteResourceServer", cognito.deleteResourceServer(poolId, identifier).requestId(),
						"deleted resource server " + identifier);
			}
		}
		Optional<String> prefix = cognito.describeUserPool(poolId).map(CognitoUserPools.UserPool::domain);
		if (prefix.isPresent()) {
			Optional<Domain> domain = cognito.describeDomain(prefix.get());
			if (domain.isPresent() && !domain.get().status().equals("DELETING")) {
				call(report, "DeleteUserPoolDomain", cognito.deleteDomain(poolId, prefix.get()).requestId(),
						"deleting domain " + prefix.get());
			}
			if (cognito.describeDomain(prefix.get()).isPresent()) {
				return false;
			}
		}
		call(report, "DeleteUserPool", cognito.deleteUserPool(poolId).requestId(), "deleting user pool " + poolId);
		return true;
	}

	private String domain(IdpProfile profile, String poolId, String prefix, Report report) {
		Optional<Domain> domain = cognito.describeDomain(prefix);
		if (domain.isPresent() && !domain.get().userPoolId().equals(poolId)) {
			throw new AgentCoreFailure("InvalidParameterException", 400, "The domain prefix " + prefix + " belongs to "
					+ "another user pool; domain prefixes are unique in the region. Declare another managed.domainPrefix.",
					false, null, null);
		}
		String requestId = null;
		if (domain.isEmpty()) {
			requestId = call(report, "CreateUserPoolDomain", cognito.createDomain(poolId, prefix).requestId(),
					"created domain " + prefix);
		}
		if (!prefix.equals(profile.managedIdp().aws().domain())) {
			report.record(status.recordDomain(prefix));
		}
		return requestId;
	}

	private String resourceServer(String poolId, ResourceServer wanted, Report report) {
		Optional<ResourceServer> server = cognito.describeResourceServer(poolId, wanted.identifier());
		if (server.isEmpty()) {
			return call(report, "CreateResourceServer", cognito.createResourceServer(poolId, wanted).requestId(),
					"created resource server " + wanted.identifier() + " with scopes " + wanted.scopes());
		}
		if (!ManagedIdpObservation.sameServer(server.get(), wanted)) {
			return call(report, "UpdateResourceServer", cognito.updateResourceServer(poolId, wanted).requestId(),
					"set the scopes of " + wanted.identifier() + " to " + wanted.scopes());
		}
		return null;
	}

	private String client(IdpProfile profile, String poolId, DesiredIdp desired, ManagedCognito.Client client,
			Map<String, String> idsByName, Report report) {
		Optional<ManagedClient> recorded = profile.managedIdp().managedClients().named(client.name());
		String id = recorded.map(ManagedClient::clientId).filter(idsByName::containsValue).orElse(idsByName.get(client.name()));
		if (id == null) {
			Call<CognitoUserPools.CreatedClient> created = cognito.createClient(poolId, client.name(), client.scopes());
			call(report, "CreateUserPoolClient", created.requestId(), "created app client " + client.name() + " ("
					+ created.result().id() + ") with the client-credentials flow and scopes " + client.scopes());
			return storeSecret(desired, client.name(), created.result().id(), created.result().secret(), report);
		}
		String requestId = null;
		boolean matches = cognito.describeClient(poolId, id).map(c -> c.isMachineClientWith(client.scopes())).orElse(false);
		if (!matches) {
			requestId = call(report, "UpdateUserPoolClient", cognito.updateClient(poolId, id, client.name(), client.scopes())
				.requestId(), "set app client " + client.name() + " to client credentials with scopes " + client.scopes());
		}
		boolean stored = recorded.isPresent() && recorded.get().clientId().equals(id) && secrets.exists(recorded.get().secretArn());
		return stored ? requestId : storeSecret(desired, client.name(), id, cognito.clientSecret(poolId, id), report);
	}

	/** Stores the secret and records the client at once (a checkpoint: what was created is never lost). */
	private String storeSecret(DesiredIdp desired, String name, String clientId, ClientSecret secret, Report report) {
		String value = json.writeValueAsString(Map.of("clientId", clientId, "clientSecret", secret.value()));
		Call<String> stored = secrets.store(desired.secretName(name), value, desired.tags());
		call(report, "CreateSecret", stored.requestId(), "stored the secret of app client " + name + " in " + stored.result());
		report.checkpoint(status.recordClient(new ManagedClient(name, clientId, stored.result())));
		return stored.requestId();
	}

	/** Deletes the client's secret, then the client, and forgets it at once (a checkpoint): neither is there to delete again. */
	private String removeClient(String poolId, ManagedClient recorded, Report report) {
		call(report, "DeleteSecret", secrets.delete(recorded.secretArn()).requestId(),
				"deleted the secret of app client " + recorded.name());
		String requestId = call(report, "DeleteUserPoolClient", cognito.deleteClient(poolId, recorded.clientId()).requestId(),
				"deleted app client " + recorded.name() + " (" + recorded.clientId() + ")");
		report.checkpoint(status.forgetClient(recorded.name()));
		return requestId;
	}

	private static String call(Report report, String operation, String requestId, String message) {
		report.awsCall(operation, requestId, message);
		return requestId;
	}

	private static String last(String previous, String next) {
		return next != null ? next : previous;
	}

}
