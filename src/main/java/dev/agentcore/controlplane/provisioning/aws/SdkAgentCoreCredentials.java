package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateApiKeyCredentialProviderResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateOauth2CredentialProviderResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetApiKeyCredentialProviderResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetOauth2CredentialProviderRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetOauth2CredentialProviderResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.Oauth2Discovery;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.Oauth2ProviderConfigOutput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.Secret;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateApiKeyCredentialProviderResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateOauth2CredentialProviderResponse;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.provisioning.AgentCoreCredentials;
import dev.agentcore.controlplane.provisioning.DesiredCredentialProvider;

/**
 * {@link AgentCoreCredentials} through the AWS SDK for Java v2: the served SDK (2.40.2) has the ten credential provider
 * operations with every member sent; the provider's {@code status} and {@code failureReason}, which it lacks, are read
 * from the raw answer ({@link MemberShim}). The secret goes in the create or update request only, built in
 * {@link CredentialRequests}, and is never logged.
 */
@Component
class SdkAgentCoreCredentials implements AgentCoreCredentials {

	private final AgentCoreClients clients;

	private final SdkCalls calls;

	SdkAgentCoreCredentials(AgentCoreClients clients, SdkCalls calls) {
		this.clients = clients;
		this.calls = calls;
	}

	@Override
	public Call<Provider> create(DesiredCredentialProvider desired) {
		if (desired.oauth2()) {
			CreateOauth2CredentialProviderResponse created = calls.mutating("CreateOauth2CredentialProvider",
					() -> aws().createOauth2CredentialProvider(
							CredentialRequests.withMissingMembers(CredentialRequests.createOauth2(desired), desired)));
			return new Call<>(new Provider(created.name(), created.credentialProviderArn(), created.callbackUrl(),
					arn(created.clientSecretArn()), "READY", List.of(), true), created.responseMetadata().requestId());
		}
		CreateApiKeyCredentialProviderResponse created = calls.mutating("CreateApiKeyCredentialProvider",
				() -> aws().createApiKeyCredentialProvider(CredentialRequests.createApiKey(desired)));
		return new Call<>(new Provider(created.name(), created.credentialProviderArn(), null, arn(created.apiKeySecretArn()),
				"READY", List.of(), true), created.responseMetadata().requestId());
	}

	@Override
	public Optional<Provider> observe(String name, boolean oauth2, DesiredCredentialProvider desired) {
		if (oauth2) {
			return SdkCalls.absentIfNotFound(() -> {
				MemberShim.Exchange raw = MemberShim.Exchange.reading();
				GetOauth2CredentialProviderRequest request = MemberShim
					.attach(GetOauth2CredentialProviderRequest.builder().name(name).build(), raw);
				GetOauth2CredentialProviderResponse found = calls.read("GetOauth2CredentialProvider",
						() -> aws().getOauth2CredentialProvider(request));
				JsonNode answer = raw.received();
				String status = answer.path("status").asString("READY");
				String reason = answer.path("failureReason").asString(null);
				return new Provider(found.name(), found.credentialProviderArn(), found.callbackUrl(),
						arn(found.clientSecretArn()), status, reason == null ? List.of() : List.of(reason),
						desired != null && matches(found, desired));
			});
		}
		return SdkCalls.absentIfNotFound(() -> {
			GetApiKeyCredentialProviderResponse found = calls.read("GetApiKeyCredentialProvider",
					() -> aws().getApiKeyCredentialProvider(r -> r.name(name)));
			return new Provider(found.name(), found.credentialProviderArn(), null, arn(found.apiKeySecretArn()), "READY",
					List.of(), desired != null && desired.secret() == null);
		});
	}

	@Override
	public Call<Provider> update(DesiredCredentialProvider desired) {
		if (desired.oauth2()) {
			UpdateOauth2CredentialProviderResponse updated = calls.mutating("UpdateOauth2CredentialProvider",
					() -> aws().updateOauth2CredentialProvider(
							CredentialRequests.withMissingMembers(CredentialRequests.updateOauth2(desired), desired)));
			return new Call<>(new Provider(updated.name(), updated.credentialProviderArn(), updated.callbackUrl(),
					arn(updated.clientSecretArn()), "READY", List.of(), true), updated.responseMetadata().requestId());
		}
		UpdateApiKeyCredentialProviderResponse updated = calls.mutating("UpdateApiKeyCredentialProvider",
				() -> aws().updateApiKeyCredentialProvider(CredentialRequests.updateApiKey(desired)));
		return new Call<>(new Provider(updated.name(), updated.credentialProviderArn(), null, arn(updated.apiKeySecretArn()),
				"READY", List.of(), true), updated.responseMetadata().requestId());
	}

	@Override
	public Call<Void> delete(String name, boolean oauth2) {
		return new Call<>(null, calls.deleteIfPresent(oauth2 ? "DeleteOauth2CredentialProvider" : "DeleteApiKeyCredentialProvider",
				() -> oauth2 ? aws().deleteOauth2CredentialProvider(r -> r.name(name)).responseMetadata().requestId()
						: aws().deleteApiKeyCredentialProvider(r -> r.name(name)).responseMetadata().requestId()));
	}

	/** Whether AWS holds the vendor, the client and the server desired, and no new secret waits to be sent. */
	private static boolean matches(GetOauth2CredentialProviderResponse found, DesiredCredentialProvider desired) {
		if (desired.secret() != null || !desired.vendor().equals(found.credentialProviderVendorAsString())) {
			return false;
		}
		Oauth2ProviderConfigOutput output = found.oauth2ProviderConfigOutput();
		if (output == null) {
			return false;
		}
		String clientId = Stream.of(output.customOauth2ProviderConfig() == null ? null : output.customOauth2ProviderConfig().clientId(),
				output.googleOauth2ProviderConfig() == null ? null : output.googleOauth2ProviderConfig().clientId(),
				output.githubOauth2ProviderConfig() == null ? null : output.githubOauth2ProviderConfig().clientId(),
				output.slackOauth2ProviderConfig() == null ? null : output.slackOauth2ProviderConfig().clientId(),
				output.salesforceOauth2ProviderConfig() == null ? null : output.salesforceOauth2ProviderConfig().clientId(),
				output.microsoftOauth2ProviderConfig() == null ? null : output.microsoftOauth2ProviderConfig().clientId(),
				output.atlassianOauth2ProviderConfig() == null ? null : output.atlassianOauth2ProviderConfig().clientId(),
				output.linkedinOauth2ProviderConfig() == null ? null : output.linkedinOauth2ProviderConfig().clientId(),
				output.includedOauth2ProviderConfig() == null ? null : output.includedOauth2ProviderConfig().clientId())
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (!Objects.equals(clientId, desired.clientId())) {
			return false;
		}
		if (output.customOauth2ProviderConfig() == null) {
			return true;
		}
		Oauth2Discovery discovery = output.customOauth2ProviderConfig().oauthDiscovery();
		return discovery != null && (desired.discoveryUrl() != null ? desired.discoveryUrl().equals(discovery.discoveryUrl())
				: discovery.authorizationServerMetadata() != null && desired.metadata() != null
						&& Objects.equals(desired.metadata().issuer(), discovery.authorizationServerMetadata().issuer())
						&& Objects.equals(desired.metadata().tokenEndpoint(),
								discovery.authorizationServerMetadata().tokenEndpoint()));
	}

	private static String arn(Secret secret) {
		return secret == null ? null : secret.secretArn();
	}

	private BedrockAgentCoreControlClient aws() {
		return clients.get();
	}

}
