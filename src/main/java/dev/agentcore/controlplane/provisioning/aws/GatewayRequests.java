package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizerConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizingClaimMatchValueType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ClaimMatchValueType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CustomClaimValidationType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CustomJWTAuthorizerConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayInterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayPolicyEngineConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayProtocolConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.InterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.InterceptorInputConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.LambdaInterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MCPGatewayConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.gateway.GatewayMembers.Interceptor;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.idp.CustomClaim;
import dev.agentcore.controlplane.idp.IdpProfileSpec;
import dev.agentcore.controlplane.provisioning.DesiredGateway;

/**
 * The desired gateway in AgentCore's terms: the IDP profile becomes the
 * {@code customJWTAuthorizer} (discovery URL, allowed clients, audience, scopes, custom claims, private endpoints);
 * members the SDK lacks go through {@link GatewayExtras}.
 */
final class GatewayRequests {

	private GatewayRequests() {
	}

	static Shimmed<CreateGatewayRequest> create(DesiredGateway desired, String clientToken) {
		GatewaySpec spec = desired.spec();
		CreateGatewayRequest request = CreateGatewayRequest.builder()
			.name(desired.name())
			.description(spec.description())
			.roleArn(spec.roleArn())
			.protocolType("MCP")
			.protocolConfiguration(protocol(spec))
			.authorizerType(spec.authorizer().type().name())
			.authorizerConfiguration(authorizer(desired))
			.kmsKeyArn(spec.kmsKeyArn())
			.interceptorConfigurations(interceptors(spec))
			.policyEngineConfiguration(policyEngine(desired))
			.exceptionLevel(spec.exceptionLevel() == null ? null : spec.exceptionLevel().name())
			.tags(spec.tags().isEmpty() ? null : spec.tags())
			.clientToken(clientToken)
			.build();
		MemberShim.Exchange exchange = new MemberShim.Exchange(GatewayExtras.newer(spec, desired.profile()));
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, List.of());
	}

	/**
	 * A full replacement, as UpdateGateway requires, that keeps what AWS holds ({@code observed},
	 * GetGateway's raw answer) for the members the spec does not own. Tags are not part of it.
	 */
	static Shimmed<UpdateGatewayRequest> update(String gatewayId, DesiredGateway desired, JsonNode observed) {
		GatewaySpec spec = desired.spec();
		UpdateGatewayRequest request = UpdateGatewayRequest.builder()
			.gatewayIdentifier(gatewayId)
			.name(desired.name())
			.description(spec.description())
			.roleArn(spec.roleArn())
			.protocolType("MCP")
			.protocolConfiguration(protocol(spec))
			.authorizerType(spec.authorizer().type().name())
			.authorizerConfiguration(authorizer(desired))
			.kmsKeyArn(spec.kmsKeyArn())
			.interceptorConfigurations(interceptors(spec))
			.policyEngineConfiguration(policyEngine(desired))
			.exceptionLevel(spec.exceptionLevel() == null ? null : spec.exceptionLevel().name())
			.build();
		ObjectNode extra = GatewayExtras.newer(spec, desired.profile());
		List<String> kept = GatewayExtras.keep(spec, desired.profile(), observed, extra);
		MemberShim.Exchange exchange = new MemberShim.Exchange(extra);
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, kept);
	}

	/** The owned members whose value in AWS ({@code observed} typed, {@code raw} as sent) differs from the desired one. */
	static List<String> differences(GetGatewayResponse observed, JsonNode raw, DesiredGateway desired) {
		GatewaySpec spec = desired.spec();
		List<String> differences = new ArrayList<>();
		differ(differences, "description", observed.description(), spec.description());
		differ(differences, "roleArn", observed.roleArn(), spec.roleArn());
		differ(differences, "authorizerType", observed.authorizerTypeAsString(), spec.authorizer().type().name());
		differ(differences, "authorizerConfiguration", observed.authorizerConfiguration(), authorizer(desired));
		differ(differences, "protocolConfiguration", typedProtocol(observed.protocolConfiguration()), protocol(spec));
		differ(differences, "kmsKeyArn", observed.kmsKeyArn(), spec.kmsKeyArn());
		differ(differences, "exceptionLevel", observed.exceptionLevelAsString(),
				spec.exceptionLevel() == null ? null : spec.exceptionLevel().name());
		if (spec.owns("interceptors")) {
			List<GatewayInterceptorConfiguration> wanted = interceptors(spec);
			differ(differences, "interceptorConfigurations",
					observed.hasInterceptorConfigurations() ? observed.interceptorConfigurations() : List.of(),
					wanted == null ? List.of() : wanted);
		}
		if (spec.owns("policyEngine")) {
			differ(differences, "policyEngineConfiguration", observed.policyEngineConfiguration(), policyEngine(desired));
		}
		differences.addAll(GatewayExtras.differences(spec, desired.profile(), raw));
		return differences;
	}

	/** AWS's answer, not the request echoed: lists of strings in any order and masked secrets are no difference. */
	private static void differ(List<String> differences, String member, Object observed, Object wanted) {
		if (!SdkEquivalence.same(observed, wanted)) {
			differences.add(member);
		}
	}

	/** The typed part of the protocol configuration; one that holds only members the SDK lacks counts as none. */
	private static GatewayProtocolConfiguration typedProtocol(GatewayProtocolConfiguration protocol) {
		if (protocol == null || protocol.mcp() == null) {
			return null;
		}
		MCPGatewayConfiguration mcp = protocol.mcp();
		return !mcp.hasSupportedVersions() && mcp.instructions() == null && mcp.searchTypeAsString() == null ? null : protocol;
	}

	private static GatewayProtocolConfiguration protocol(GatewaySpec spec) {
		GatewaySpec.Protocol protocol = spec.protocol();
		if (protocol == null || (protocol.supportedVersions() == null && protocol.instructions() == null
				&& protocol.searchType() == null)) {
			return null;
		}
		return GatewayProtocolConfiguration.fromMcp(MCPGatewayConfiguration.builder()
			.supportedVersions(protocol.supportedVersions())
			.instructions(protocol.instructions())
			.searchType(protocol.searchType() == null ? null : protocol.searchType().name())
			.build());
	}

	/** The owned interceptors; null when none (AgentCore takes 1 or 2, never an empty list) or not owned. */
	private static List<GatewayInterceptorConfiguration> interceptors(GatewaySpec spec) {
		if (!spec.owns("interceptors") || spec.interceptors() == null || spec.interceptors().isEmpty()) {
			return null;
		}
		return spec.interceptors().stream().map(GatewayRequests::interceptor).toList();
	}

	private static GatewayInterceptorConfiguration interceptor(Interceptor interceptor) {
		boolean input = interceptor.passRequestHeaders() != null || Boolean.TRUE.equals(interceptor.excludeResponseBody());
		return GatewayInterceptorConfiguration.builder()
			.interceptor(InterceptorConfiguration
				.fromLambda(LambdaInterceptorConfiguration.builder().arn(interceptor.lambdaArn()).build()))
			.interceptionPointsWithStrings(interceptor.points().stream().map(Enum::name).toList())
			.inputConfiguration(input ? InterceptorInputConfiguration.builder()
				.passRequestHeaders(Boolean.TRUE.equals(interceptor.passRequestHeaders()))
				.build() : null)
			.build();
	}

	private static GatewayPolicyEngineConfiguration policyEngine(DesiredGateway desired) {
		GatewaySpec spec = desired.spec();
		if (!spec.owns("policyEngine") || spec.policyEngine() == null) {
			return null;
		}
		return GatewayPolicyEngineConfiguration.builder()
			.arn(desired.policyEngineArn())
			.mode(spec.policyEngine().mode().name())
			.build();
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

	/** EQUALS and CONTAINS match one value (matchValueString); CONTAINS_ANY matches a list. */
	private static CustomClaimValidationType claim(CustomClaim claim) {
		ClaimMatchValueType value = claim.operator() == CustomClaim.Operator.CONTAINS_ANY
				? ClaimMatchValueType.fromMatchValueStringList(claim.values())
				: ClaimMatchValueType.fromMatchValueString(claim.values().getFirst());
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
