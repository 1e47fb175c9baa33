package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiKeyCredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.OAuthCredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayTargetRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.provisioning.DesiredTarget;

/** The desired target in AgentCore's terms; members the SDK lacks go through {@link TargetExtras}. */
final class TargetRequests {

	private TargetRequests() {
	}

	static Shimmed<CreateGatewayTargetRequest> create(String gatewayId, DesiredTarget desired, String clientToken) {
		CreateGatewayTargetRequest request = CreateGatewayTargetRequest.builder()
			.gatewayIdentifier(gatewayId)
			.name(desired.name())
			.description(desired.spec().description())
			.targetConfiguration(TargetConfigurations.of(desired))
			.credentialProviderConfigurations(credentials(desired.spec().credentials()))
			.clientToken(clientToken)
			.build();
		MemberShim.Exchange exchange = new MemberShim.Exchange(TargetExtras.newer(desired));
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, List.of());
	}

	/**
	 * A full replacement, as UpdateGatewayTarget requires, that keeps what AWS holds ({@code observed},
	 * GetGatewayTarget's raw answer) for the members the spec does not own.
	 */
	static Shimmed<UpdateGatewayTargetRequest> update(String gatewayId, String targetId, DesiredTarget desired,
			JsonNode observed) {
		UpdateGatewayTargetRequest request = UpdateGatewayTargetRequest.builder()
			.gatewayIdentifier(gatewayId)
			.targetId(targetId)
			.name(desired.name())
			.description(desired.spec().description())
			.targetConfiguration(TargetConfigurations.of(desired))
			.credentialProviderConfigurations(credentials(desired.spec().credentials()))
			.build();
		ObjectNode extra = TargetExtras.newer(desired);
		List<String> kept = TargetExtras.keep(desired, observed, extra);
		MemberShim.Exchange exchange = new MemberShim.Exchange(extra);
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, kept);
	}

	/** The members whose value in AWS ({@code observed} typed, {@code raw} as sent) differs from the desired one. */
	static List<String> differences(GetGatewayTargetResponse observed, JsonNode raw, DesiredTarget desired) {
		List<String> differences = new ArrayList<>();
		if (!Objects.equals(observed.description(), desired.spec().description())) {
			differences.add("description");
		}
		// The SDK cannot read a runtime target's configuration (targetConfiguration.http): the shim compares it.
		if (desired.type() != TargetType.AGENTCORE_RUNTIME
				&& !SdkEquivalence.same(observed.targetConfiguration(), TargetConfigurations.of(desired))) {
			differences.add("targetConfiguration");
		}
		if (!sameCredentials(observed.credentialProviderConfigurations(), credentials(desired.spec().credentials()))) {
			differences.add("credentialProviderConfigurations");
		}
		differences.addAll(TargetExtras.differences(desired, raw));
		return differences;
	}

	/** The type and the typed provider: the signing member the SDK cannot read is compared by the shim. */
	private static boolean sameCredentials(List<CredentialProviderConfiguration> observed,
			List<CredentialProviderConfiguration> wanted) {
		CredentialProviderConfiguration held = observed == null || observed.isEmpty() ? null : observed.getFirst();
		CredentialProviderConfiguration want = wanted == null ? null : wanted.getFirst();
		if (held == null || want == null) {
			return held == want;
		}
		CredentialProvider heldProvider = held.credentialProvider();
		CredentialProvider wantProvider = want.credentialProvider();
		return held.credentialProviderTypeAsString().equals(want.credentialProviderTypeAsString())
				&& SdkEquivalence.same(heldProvider == null ? null : heldProvider.oauthCredentialProvider(),
						wantProvider == null ? null : wantProvider.oauthCredentialProvider())
				&& SdkEquivalence.same(heldProvider == null ? null : heldProvider.apiKeyCredentialProvider(),
						wantProvider == null ? null : wantProvider.apiKeyCredentialProvider());
	}

	/**
	 * None for NONE; otherwise exactly one configuration. CALLER_IAM_CREDENTIALS, JWT_PASSTHROUGH and
	 * TOKEN_EXCHANGE are values the SDK's enums lack, sent through its string setters; the signing
	 * name goes through the shim. The OAuth grant is always sent, so AWS's default is never a difference.
	 */
	private static List<CredentialProviderConfiguration> credentials(Credentials credentials) {
		if (credentials == null || credentials.type() == Credentials.CredentialType.NONE) {
			return null;
		}
		CredentialProviderConfiguration.Builder configuration = CredentialProviderConfiguration.builder()
			.credentialProviderType(credentials.type().name());
		switch (credentials.type()) {
			case OAUTH -> configuration.credentialProvider(CredentialProvider.fromOauthCredentialProvider(OAuthCredentialProvider
				.builder()
				.providerArn(credentials.providerArn())
				.scopes(credentials.scopes() == null ? List.of() : credentials.scopes())
				.customParameters(credentials.customParameters())
				.grantType(credentials.effectiveGrant().name())
				.defaultReturnUrl(credentials.defaultReturnUrl())
				.build()));
			case API_KEY -> configuration.credentialProvider(CredentialProvider.fromApiKeyCredentialProvider(ApiKeyCredentialProvider
				.builder()
				.providerArn(credentials.providerArn())
				.credentialParameterName(credentials.parameterName())
				.credentialPrefix(credentials.prefix())
				.credentialLocation(credentials.location() == null ? null : credentials.location().name())
				.build()));
			default -> {
			}
		}
		return List.of(configuration.build());
	}

}
