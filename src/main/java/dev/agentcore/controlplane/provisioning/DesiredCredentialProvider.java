package dev.agentcore.controlplane.provisioning;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.Metadata;

/**
 * What AWS should hold for a credential provider. Its {@code secret} is only ever in memory, and only while it still
 * has to be sent; {@link #toString()} never shows it.
 *
 * @param name the provider's name in the token vault
 * @param oauth2 OAuth2 (else API key)
 * @param vendor OAuth2: AgentCore's vendor
 * @param configMember OAuth2: the member of Oauth2ProviderConfigInput the vendor's configuration goes in
 * @param clientId OAuth2: the client's id
 * @param discoveryUrl OAuth2, CustomOauth2: the discovery URL; null with metadata
 * @param metadata OAuth2: the authorization server's metadata (CustomOauth2), or its issuer and endpoints (the vendors
 * of includedOauth2ProviderConfig); null when AgentCore knows the server
 * @param secret the client secret or API key to send now; null when AgentCore holds the current one
 */
public record DesiredCredentialProvider(String name, boolean oauth2, String vendor, String configMember, String clientId,
		String discoveryUrl, Metadata metadata, String secret) {

	@Override
	public String toString() {
		return "DesiredCredentialProvider[name=" + name + ", oauth2=" + oauth2 + ", vendor=" + vendor + ", clientId="
				+ clientId + ", secret=" + (secret == null ? "none" : "(to send, hidden)") + "]";
	}

}
