package dev.agentcore.controlplane.credentialprovider;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.OAuth2;
import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.ProviderType;
import dev.agentcore.controlplane.resource.StatusView;

/**
 * A credential provider as the API shows it: never its secret.
 *
 * @param oauth2 OAUTH2: the client id and the authorization server (no clientSecret)
 * @param secretGeneration the generation whose request carried the secret AgentCore holds (or is about to)
 * @param status the provisioner's account
 * @param aws what AWS holds
 */
record CredentialProviderResponse(UUID id, String team, String name, ProviderType type, String vendor, OAuth2 oauth2,
		int version, long generation, long secretGeneration, Instant createdAt, Instant updatedAt, String createdBy,
		StatusView status, AwsView aws) {

	static CredentialProviderResponse from(CredentialProvider provider) {
		CredentialProvider.AwsProvider aws = provider.aws();
		return new CredentialProviderResponse(provider.id(), provider.team(), provider.name(), provider.spec().type(),
				provider.spec().vendor(), provider.spec().oauth2(), provider.version(), provider.generation(),
				provider.secretGeneration(), provider.createdAt(), provider.updatedAt(), provider.createdBy(),
				StatusView.from(provider.status(), provider.createdAt(), provider.deletionRequested()),
				new AwsView(aws.providerArn(), aws.secretArn(), aws.callbackUrl()));
	}

	/**
	 * @param credentialProviderArn what a target's credentials name
	 * @param secretArn the Secrets Manager secret the token vault keeps the client secret or key in
	 * @param callbackUrl OAUTH2: the redirect URL the vendor's OAuth client must allow
	 */
	@Schema(name = "CredentialProviderAwsView")
	record AwsView(String credentialProviderArn, String secretArn, String callbackUrl) {
	}

}
