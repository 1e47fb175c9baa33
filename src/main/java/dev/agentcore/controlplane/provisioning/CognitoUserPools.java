package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.agentcore.controlplane.idp.ClientSecret;
import dev.agentcore.controlplane.provisioning.AgentCore.Call;

/**
 * What the provisioner needs from Amazon Cognito to manage an identity provider: user pools, their
 * hosted domain, a resource server and machine-to-machine app clients. Each call is safe to repeat:
 * lookups of what is absent are empty, deletes of what is gone succeed. Failures are
 * {@link AgentCoreFailure}s that say whether a retry can help.
 */
public interface CognitoUserPools {

	Call<UserPool> createUserPool(String name, Map<String, String> tags);

	Optional<UserPool> describeUserPool(String userPoolId);

	Optional<UserPool> findUserPoolByName(String name);

	Call<Void> deleteUserPool(String userPoolId);

	/** The domain with that prefix, whichever pool has it; empty when no pool has it. */
	Optional<Domain> describeDomain(String prefix);

	Call<Void> createDomain(String userPoolId, String prefix);

	Call<Void> deleteDomain(String userPoolId, String prefix);

	Optional<ResourceServer> describeResourceServer(String userPoolId, String identifier);

	Call<Void> createResourceServer(String userPoolId, ResourceServer server);

	Call<Void> updateResourceServer(String userPoolId, ResourceServer server);

	Call<Void> deleteResourceServer(String userPoolId, String identifier);

	/** Every app client of the pool, by id and name. */
	List<ClientSummary> listClients(String userPoolId);

	Optional<AppClient> describeClient(String userPoolId, String clientId);

	/** A machine-to-machine client: client credentials, a generated secret, the COGNITO identity provider. */
	Call<CreatedClient> createClient(String userPoolId, String name, List<String> scopes);

	Call<Void> updateClient(String userPoolId, String clientId, String name, List<String> scopes);

	Call<Void> deleteClient(String userPoolId, String clientId);

	/** The client's secret, read back from Cognito when it must be stored again. */
	ClientSecret clientSecret(String userPoolId, String clientId);

	/**
	 * @param id e.g. us-west-2_gmSGKKGr9
	 * @param arn the pool's ARN
	 * @param name its name
	 * @param domain its hosted domain's prefix, when it has one
	 * @param discoveryUrl its issuer's OpenID configuration
	 */
	record UserPool(String id, String arn, String name, String domain, String discoveryUrl) {
	}

	/** @param status CREATING, ACTIVE, UPDATING, DELETING or FAILED */
	record Domain(String prefix, String userPoolId, String status) {
	}

	/** @param scopes scope names without the identifier */
	record ResourceServer(String identifier, String name, List<String> scopes) {
	}

	record ClientSummary(String id, String name) {
	}

	/**
	 * An app client as Cognito describes it (its secret is not kept here).
	 *
	 * @param flows the allowed OAuth flows, e.g. client_credentials
	 * @param oauthEnabled AllowedOAuthFlowsUserPoolClient
	 * @param identityProviders supported identity providers, e.g. COGNITO
	 */
	record AppClient(String id, String name, List<String> scopes, List<String> flows, boolean oauthEnabled,
			List<String> identityProviders) {

		/** Whether it is the machine-to-machine client declared with {@code scopes}. */
		boolean isMachineClientWith(List<String> wanted) {
			return scopes.size() == wanted.size() && scopes.containsAll(wanted) && flows.equals(List.of("client_credentials"))
					&& oauthEnabled && identityProviders.equals(List.of("COGNITO"));
		}

	}

	/** A client just created, with the secret Cognito generated (to be stored at once). */
	record CreatedClient(String id, ClientSecret secret) {
	}

}
