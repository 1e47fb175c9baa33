package dev.agentcore.controlplane.simulator;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * A credential provider of the simulated token vault: never its secret, which the simulated Secrets Manager keeps.
 *
 * @param kind "oauth2" or "apikey", as the ARN and the secret's name spell it
 * @param vendor OAuth2: the vendor
 * @param config OAuth2: the configuration as AgentCore shows it (the input without the client secret)
 * @param callbackUrl OAuth2: the redirect URL the vendor must allow
 */
record SimulatedCredentialProvider(long sequence, String kind, String name, String vendor, JsonNode config,
		String secretArn, String callbackUrl, Instant createdAt, Instant updatedAt) {

	/** Its key in the store: kinds have their own names. */
	String key() {
		return kind + "/" + name;
	}

	String arn(String region, String account) {
		return "arn:aws:bedrock-agentcore:" + region + ":" + account + ":token-vault/default/" + kind
				+ "credentialprovider/" + name;
	}

	SimulatedCredentialProvider updated(String newVendor, JsonNode newConfig, Instant at) {
		return new SimulatedCredentialProvider(sequence, kind, name, newVendor, newConfig, secretArn, callbackUrl, createdAt, at);
	}

}
