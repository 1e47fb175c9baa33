package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Objects;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizerConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizingClaimMatchValueType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ClaimMatchValueType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CustomClaimValidationType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CustomJWTAuthorizerConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayProtocolConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MCPGatewayConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayRequest;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.idp.CustomClaim;
import dev.agentcore.controlplane.idp.IdpProfileSpec;
import dev.agentcore.controlplane.provisioning.DesiredGateway;

/**
 * The desired gateway in AgentCore's terms: the IDP profile becomes the
 * {@code customJWTAuthorizer} (discovery URL, allowed clients, audience, scopes, custom claims).
 */
final class GatewayRequests {

	private GatewayRequests() {
	}

	static CreateGatewayRequest create(DesiredGateway desired, String clientToken) {
		GatewaySpec spec = desired.spec();
		return CreateGatewayRequest.builder()
			.name(desired.name())
			.description(spec.description())
			.roleArn(spec.roleArn())
			.protocolType("MCP")
			.protocolConfiguration(protocol(spec))
			.authorizerType(spec.authorizer().type().name())
			.authorizerConfiguration(authorizer(desired))
			.kmsKeyArn(spec.kmsKeyArn())
			.exceptionLevel(spec.exceptionLevel() == null ? null : spec.exceptionLevel().name())
			.tags(spec.tags().isEmpty() ? null : spec.tags())
			.clientToken(clientToken)
			.build();
	}

	/** Full replacement, as UpdateGateway requires. */
	static UpdateGatewayRequest update(String gatewayId, DesiredGateway desired) {
		GatewaySpec spec = desired.spec();
		return UpdateGatewayRequest.builder()
			.gatewayIdentifier(gatewayId)
			.name(desired.name())
			.description(spec.description())
			.roleArn(spec.roleArn())
			.protocolType("MCP")
			.protocolConfiguration(protocol(spec))
			.authorizerType(spec.authorizer().type().name())
			.authorizerConfiguration(authorizer(desired))
			.kmsKeyArn(spec.kmsKeyArn())
			.exceptionLevel(spec.exceptionLevel() == null ? null : spec.exceptionLevel().name())
			.build();
	}

	/** Whether AWS holds what is desired (everything UpdateGateway sets). */
	static boolean matches(GetGatewayResponse observed, DesiredGateway desired) {
		UpdateGatewayRequest wanted = update(observed.gatewayId(), desired);
		return Objects.equals(observed.description(), wanted.description())
				&& Objects.equals(observed.roleArn(), wanted.roleArn())
				&& Objects.equals(observed.authorizerTypeAsString(), wanted.authorizerTypeAsString())
				&& Objects.equals(observed.authorizerConfiguration(), wanted.authorizerConfiguration())
				&& Objects.equals(observed.protocolConfiguration(), wanted.protocolConfiguration())
				&& Objects.equals(observed.kmsKeyArn(), wanted.kmsKeyArn())
				&& Objects.equals(observed.exceptionLevelAsString(), wanted.exceptionLevelAsString());
	}

	private static GatewayProtocolConfiguration protocol(GatewaySpec spec) {
		GatewaySpec.Protocol protocol = spec.protocol();
		if (protocol == null) {
			return null;
		}
		return GatewayProtocolConfiguration.fromMcp(MCPGatewayConfiguration.builder()
			.supportedVersions(protocol.supportedVersions())
			.instructions(protocol.instructions())
			.searchType(protocol.searchType() == null ? null : protocol.searchType().name())
			.build());
	}

	private static AuthorizerConfiguration authorizer(DesiredGateway desired) {
		IdpProfileSpec profile = desired.profile();
		if (profile == null) {
			return null;
		}
		return AuthorizerConfiguration.fromCustomJWTAuthorizer(CustomJWTAuthorizerConfiguration.builder()
			.discoveryUrl(profile.discoveryUrl())
			.allowedClients(emptyToNull(profile.allowedClients()))
			.allowedAudience(emptyToNull(profile.allowedAudience()))
			.allowedScopes(emptyToNull(profile.allowedScopes()))
			.customClaims(profile.customClaims().isEmpty() ? null
					: profile.customClaims().stream().map(GatewayRequests::claim).toList())
			.build());
	}

	private static CustomClaimValidationType claim(CustomClaim claim) {
		ClaimMatchValueType value = claim.valueType() == CustomClaim.ValueType.STRING
				? ClaimMatchValueType.fromMatchValueString(claim.values().getFirst())
				: ClaimMatchValueType.fromMatchValueStringList(claim.values());
		return CustomClaimValidationType.builder()
			.inboundTokenClaimName(claim.name())
			.inboundTokenClaimValueType(claim.valueType().name())
			.authorizingClaimMatchValue(AuthorizingClaimMatchValueType.builder()
				.claimMatchOperator(claim.operator().name())
				.claimMatchValue(value)
				.build())
			.build();
	}

	private static List<String> emptyToNull(List<String> values) {
		return values.isEmpty() ? null : values;
	}

}
