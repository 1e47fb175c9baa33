package dev.agentcore.controlplane.provisioning;

import java.util.Map;

import dev.agentcore.controlplane.idp.ManagedCognito;

/**
 * What AWS should hold for a managed identity provider.
 *
 * @param poolName the user pool's name, unique to the profile (lost creates are adopted by it)
 * @param managed the declared pool parts: domain prefix, resource server, app clients
 * @param secretPrefix the Secrets Manager name prefix of the clients' secrets
 * @param tags tags of the pool and the secrets, naming the profile and team
 */
record DesiredIdp(String poolName, ManagedCognito managed, String secretPrefix, Map<String, String> tags) {

	String secretName(String clientName) {
		return secretPrefix + clientName;
	}

	CognitoUserPools.ResourceServer resourceServer() {
		return new CognitoUserPools.ResourceServer(managed.resourceServer().identifier(),
				managed.resourceServer().displayName(), managed.resourceServer().scopes());
	}

}
