package dev.agentcore.controlplane.provisioning.aws;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AtlassianOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateApiKeyCredentialProviderRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateOauth2CredentialProviderRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CustomOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GithubOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GoogleOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.IncludedOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.LinkedinOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MicrosoftOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.Oauth2AuthorizationServerMetadata;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.Oauth2Discovery;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.Oauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.SalesforceOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.SlackOauth2ProviderConfigInput;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateApiKeyCredentialProviderRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateOauth2CredentialProviderRequest;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.credentialprovider.CredentialProviderSpec.Metadata;
import dev.agentcore.controlplane.provisioning.DesiredCredentialProvider;

/**
 * The credential provider requests, each vendor's configuration in the member of {@code Oauth2ProviderConfigInput}
 * the model gives it. The secret is set only when there is one to send (AgentCore keeps the one it holds otherwise).
 */
final class CredentialRequests {

	private CredentialRequests() {
	}

	static CreateOauth2CredentialProviderRequest createOauth2(DesiredCredentialProvider desired) {
		return CreateOauth2CredentialProviderRequest.builder()
			.name(desired.name())
			.credentialProviderVendor(desired.vendor())
			.oauth2ProviderConfigInput(config(desired))
			.build();
	}

	static UpdateOauth2CredentialProviderRequest updateOauth2(DesiredCredentialProvider desired) {
		return UpdateOauth2CredentialProviderRequest.builder()
			.name(desired.name())
			.credentialProviderVendor(desired.vendor())
			.oauth2ProviderConfigInput(config(desired))
			.build();
	}

	static CreateApiKeyCredentialProviderRequest createApiKey(DesiredCredentialProvider desired) {
		return CreateApiKeyCredentialProviderRequest.builder().name(desired.name()).apiKey(desired.secret()).build();
	}

	static UpdateApiKeyCredentialProviderRequest updateApiKey(DesiredCredentialProvider desired) {
		return UpdateApiKeyCredentialProviderRequest.builder().name(desired.name()).apiKey(desired.secret()).build();
	}

	private static Oauth2ProviderConfigInput config(DesiredCredentialProvider desired) {
		String id = desired.clientId();
		String secret = desired.secret();
		return switch (desired.configMember()) {
			case "customOauth2ProviderConfig" -> Oauth2ProviderConfigInput.fromCustomOauth2ProviderConfig(
					CustomOauth2ProviderConfigInput.builder().clientId(id).clientSecret(secret).oauthDiscovery(discovery(desired)).build());
			case "googleOauth2ProviderConfig" -> Oauth2ProviderConfigInput.fromGoogleOauth2ProviderConfig(
					GoogleOauth2ProviderConfigInput.builder().clientId(id).clientSecret(secret).build());
			case "githubOauth2ProviderConfig" -> Oauth2ProviderConfigInput.fromGithubOauth2ProviderConfig(
					GithubOauth2ProviderConfigInput.builder().clientId(id).clientSecret(secret).build());
			case "slackOauth2ProviderConfig" -> Oauth2ProviderConfigInput.fromSlackOauth2ProviderConfig(
					SlackOauth2ProviderConfigInput.builder().clientId(id).clientSecret(secret).build());
			case "salesforceOauth2ProviderConfig" -> Oauth2ProviderConfigInput.fromSalesforceOauth2ProviderConfig(
					SalesforceOauth2ProviderConfigInput.builder().clientId(id).clientSecret(secret).build());
			case "microsoftOauth2ProviderConfig" -> Oauth2ProviderConfigInput.fromMicrosoftOauth2ProviderConfig(
					MicrosoftOauth2ProviderConfigInput.builder().clientId(id).clientSecret(secret).build());
			case "atlassianOauth2ProviderConfig" -> Oauth2ProviderConfigInput.fromAtlassianOauth2ProviderConfig(
					AtlassianOauth2ProviderConfigInput.builder().clientId(id).clientSecret(secret).build());
			case "linkedinOauth2ProviderConfig" -> Oauth2ProviderConfigInput.fromLinkedinOauth2ProviderConfig(
					LinkedinOauth2ProviderConfigInput.builder().clientId(id).clientSecret(secret).build());
			default -> {
				Metadata metadata = desired.metadata();
				yield Oauth2ProviderConfigInput.fromIncludedOauth2ProviderConfig(IncludedOauth2ProviderConfigInput.builder()
					.clientId(id)
					.clientSecret(secret)
					.issuer(metadata == null ? null : metadata.issuer())
					.authorizationEndpoint(metadata == null ? null : metadata.authorizationEndpoint())
					.tokenEndpoint(metadata == null ? null : metadata.tokenEndpoint())
					.build());
			}
		};
	}

	private static Oauth2Discovery discovery(DesiredCredentialProvider desired) {
		if (desired.discoveryUrl() != null) {
			return Oauth2Discovery.fromDiscoveryUrl(desired.discoveryUrl());
		}
		Metadata metadata = desired.metadata();
		return Oauth2Discovery.fromAuthorizationServerMetadata(Oauth2AuthorizationServerMetadata.builder()
			.issuer(metadata.issuer())
			.authorizationEndpoint(metadata.authorizationEndpoint())
			.tokenEndpoint(metadata.tokenEndpoint())
			.responseTypes(metadata.responseTypes())
			.build());
	}

	/**
	 * The members the served SDK's shapes lack, for {@link MemberShim} to add to the request: the custom server's
	 * {@code tokenEndpointAuthMethods} (newer than SDK 2.40.2's {@code Oauth2AuthorizationServerMetadata}); null when none.
	 */
	static ObjectNode missingMembers(DesiredCredentialProvider desired) {
		Metadata metadata = desired.metadata();
		if (!"customOauth2ProviderConfig".equals(desired.configMember()) || metadata == null
				|| metadata.tokenEndpointAuthMethods() == null) {
			return null;
		}
		ObjectNode extra = MemberShim.JSON.createObjectNode();
		ArrayNode methods = extra.putObject("oauth2ProviderConfigInput")
			.putObject("customOauth2ProviderConfig")
			.putObject("oauthDiscovery")
			.putObject("authorizationServerMetadata")
			.putArray("tokenEndpointAuthMethods");
		metadata.tokenEndpointAuthMethods().forEach(methods::add);
		return extra;
	}

	/** The request with the members the SDK lacks, if any. */
	static <R extends software.amazon.awssdk.services.bedrockagentcorecontrol.model.BedrockAgentCoreControlRequest> R withMissingMembers(
			R request, DesiredCredentialProvider desired) {
		ObjectNode extra = missingMembers(desired);
		return extra == null ? request : MemberShim.attach(request, new MemberShim.Exchange(extra));
	}

}
