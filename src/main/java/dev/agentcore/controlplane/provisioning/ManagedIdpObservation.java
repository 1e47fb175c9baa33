package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.idp.IdpProfile;
import dev.agentcore.controlplane.idp.ManagedClient;
import dev.agentcore.controlplane.idp.ManagedCognito;
import dev.agentcore.controlplane.provisioning.CognitoUserPools.AppClient;
import dev.agentcore.controlplane.provisioning.CognitoUserPools.ClientSummary;
import dev.agentcore.controlplane.provisioning.CognitoUserPools.Domain;
import dev.agentcore.controlplane.provisioning.CognitoUserPools.ResourceServer;
import dev.agentcore.controlplane.provisioning.CognitoUserPools.UserPool;

/**
 * Looks at everything a managed identity provider consists of — the user pool, its domain, the
 * resource server, each app client and each client's secret — and says what differs from the
 * declaration, so that drift anywhere (a deleted client, a changed scope, a lost secret) is found.
 */
@Component
class ManagedIdpObservation {

	private final CognitoUserPools cognito;

	private final ClientSecretStore secrets;

	ManagedIdpObservation(CognitoUserPools cognito, ClientSecretStore secrets) {
		this.cognito = cognito;
		this.secrets = secrets;
	}

	/** Empty when the user pool is gone; {@code desired} is null when only the pool and domain matter (deletion). */
	Optional<ObservedIdp> observe(IdpProfile profile, String userPoolId, DesiredIdp desired) {
		Optional<UserPool> found = cognito.describeUserPool(userPoolId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		UserPool pool = found.get();
		String prefix = pool.domain() != null ? pool.domain() : desired == null ? null : desired.managed().domainPrefix();
		Optional<Domain> domain = prefix == null ? Optional.empty()
				: cognito.describeDomain(prefix).filter(d -> d.userPoolId().equals(pool.id()));
		String status = domain.map(Domain::status).filter(s -> !s.equals("ACTIVE")).orElse("READY");
		List<String> reasons = desired == null ? List.of() : differences(profile, pool, domain, desired);
		return Optional.of(new ObservedIdp(pool.id(), pool.arn(), pool.discoveryUrl(), status, reasons, reasons.isEmpty()));
	}

	private List<String> differences(IdpProfile profile, UserPool pool, Optional<Domain> domain, DesiredIdp desired) {
		List<String> reasons = new ArrayList<>();
		ManagedCognito managed = desired.managed();
		if (domain.isEmpty()) {
			reasons.add("The user pool has no domain " + managed.domainPrefix() + ".");
		}
		ResourceServer wanted = desired.resourceServer();
		Optional<ResourceServer> server = cognito.describeResourceServer(pool.id(), wanted.identifier());
		if (server.isEmpty()) {
			reasons.add("The resource server " + wanted.identifier() + " does not exist.");
		}
		else if (!sameServer(server.get(), wanted)) {
			reasons.add("The resource server " + wanted.identifier() + " has scopes " + server.get().scopes() + ", not "
					+ wanted.scopes() + ".");
		}
		Map<String, String> idsByName = cognito.listClients(pool.id())
			.stream()
			.collect(Collectors.toMap(ClientSummary::name, ClientSummary::id, (first, second) -> first));
		for (ManagedCognito.Client client : managed.clients()) {
			Optional<ManagedClient> recorded = profile.managedIdp().managedClients().named(client.name());
			String id = recorded.map(ManagedClient::clientId).filter(idsByName::containsValue).orElse(idsByName.get(client.name()));
			Optional<AppClient> described = id == null ? Optional.empty() : cognito.describeClient(pool.id(), id);
			if (described.isEmpty()) {
				reasons.add("The app client " + client.name() + " does not exist.");
			}
			else if (!described.get().isMachineClientWith(client.scopes())) {
				reasons.add("The app client " + client.name() + " is not a client-credentials client with scopes "
						+ client.scopes() + ".");
			}
			if (recorded.isEmpty() || !recorded.get().clientId().equals(id) || !secrets.exists(recorded.get().secretArn())) {
				reasons.add("The secret of app client " + client.name() + " is not stored.");
			}
		}
		profile.managedIdp().managedClients()
			.clients()
			.stream()
			.filter(client -> managed.clients().stream().noneMatch(declared -> declared.name().equals(client.name())))
			.forEach(client -> reasons.add("The app client " + client.name() + " is no longer declared."));
		return reasons;
	}

	static boolean sameServer(ResourceServer actual, ResourceServer wanted) {
		return actual.name().equals(wanted.name()) && actual.scopes().size() == wanted.scopes().size()
				&& actual.scopes().containsAll(wanted.scopes());
	}

}
