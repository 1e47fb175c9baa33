package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What outbound OAuth and API-key credentials need, per the AgentCore developer guide ("Set up
 * permissions for AgentCore Gateway", gateway outbound authorization): the gateway's workload
 * access token, the provider's token or key from the token vault, and the secret the token vault
 * keeps for the provider.
 */
final class CredentialStatements {

	private CredentialStatements() {
	}

	static void outbound(PolicyDocument permissions, Set<String> oauth, Set<String> apiKeys, String gatewayName) {
		if (oauth.isEmpty() && apiKeys.isEmpty()) {
			return;
		}
		TreeSet<String> directories = new TreeSet<>();
		TreeSet<String> secrets = new TreeSet<>();
		for (String provider : oauth) {
			Arn arn = Arn.parse(provider);
			directories.add(directory(arn));
			secrets.add(secret(arn, "oauth2"));
		}
		for (String provider : apiKeys) {
			Arn arn = Arn.parse(provider);
			directories.add(directory(arn));
			secrets.add(secret(arn, "apikey"));
		}
		List<String> identities = new ArrayList<>();
		for (String directory : directories) {
			identities.add(directory);
			identities.add(directory + "/workload-identity/" + gatewayName.toLowerCase() + "-*");
		}
		permissions.allow("GetWorkloadAccessToken", List.of("bedrock-agentcore:GetWorkloadAccessToken"), identities);
		if (!oauth.isEmpty()) {
			List<String> resources = new ArrayList<>(identities);
			oauth.stream().map(CredentialStatements::vault).distinct().forEach(resources::add);
			resources.addAll(oauth);
			permissions.allow("GetOAuthTokens", List.of("bedrock-agentcore:GetResourceOauth2Token"), resources);
		}
		if (!apiKeys.isEmpty()) {
			List<String> resources = new ArrayList<>(identities);
			apiKeys.stream().map(CredentialStatements::vault).distinct().forEach(resources::add);
			resources.addAll(apiKeys);
			permissions.allow("GetApiKeys", List.of("bedrock-agentcore:GetResourceApiKey"), resources);
		}
		permissions.allow("ReadCredentialProviderSecrets", List.of("secretsmanager:GetSecretValue"), List.copyOf(secrets));
	}

	private static String directory(Arn provider) {
		return "arn:" + provider.partition() + ":bedrock-agentcore:" + provider.region() + ":" + provider.account()
				+ ":workload-identity-directory/default";
	}

	private static String vault(String provider) {
		Arn arn = Arn.parse(provider);
		return "arn:" + arn.partition() + ":bedrock-agentcore:" + arn.region() + ":" + arn.account() + ":token-vault/default";
	}

	private static String secret(Arn provider, String kind) {
		return "arn:" + provider.partition() + ":secretsmanager:" + provider.region() + ":" + provider.account()
				+ ":secret:bedrock-agentcore-identity!default/" + kind + "/" + provider.last() + "-*";
	}

}
