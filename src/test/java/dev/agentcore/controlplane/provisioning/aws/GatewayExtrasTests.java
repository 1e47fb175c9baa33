package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewayMembers.InterceptionPoint;
import dev.agentcore.controlplane.gateway.GatewaySpec;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayExtrasTests {

	static final String HELD = """
			{"description": "d", "protocolConfiguration": {"mcp": {"instructions": "i",
			   "sessionConfiguration": {"sessionTimeoutInSeconds": 3600}, "streamingConfiguration": {"enableResponseStreaming": true}}},
			 "interceptorConfigurations": [{"interceptor": {"lambda": {"arn": "arn:aws:lambda:us-east-1:123456789012:function:f"}},
			   "interceptionPoints": ["REQUEST"]}],
			 "policyEngineConfiguration": {"arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/pe-a1b2c3d4e5", "mode": "LOG_ONLY"},
			 "wafConfiguration": {"failureMode": "FAIL_OPEN"}}""";

	@Test
	void membersTheSpecNeverDeclaredAreKeptAsAwsHoldsThemAndNamed() {
		ObjectNode extra = MemberShim.JSON.createObjectNode();
		List<String> kept = GatewayExtras.keep(spec(null, null, null, Set.of()), json(HELD), extra);
		assertThat(kept).containsExactly("interceptorConfigurations", "policyEngineConfiguration",
				"protocolConfiguration.mcp.sessionConfiguration", "protocolConfiguration.mcp.streamingConfiguration",
				"wafConfiguration");
		assertThat(extra.at("/interceptorConfigurations/0/interceptionPoints/0").asString()).isEqualTo("REQUEST");
		assertThat(extra.at("/protocolConfiguration/mcp/sessionConfiguration/sessionTimeoutInSeconds").asInt()).isEqualTo(3600);
		assertThat(extra.has("description")).as("owned members come from the spec, never from AWS").isFalse();
	}

	@Test
	void ownedMembersAreNeverKeptEvenWhenTheSpecNowLeavesThemOut() {
		ObjectNode extra = MemberShim.JSON.createObjectNode();
		GatewaySpec spec = spec(null, null, null, Set.of("interceptors", "policyEngine", "protocol.sessionTimeoutSeconds"));
		assertThat(GatewayExtras.keep(spec, json(HELD), extra)).containsExactly(
				"protocolConfiguration.mcp.streamingConfiguration", "wafConfiguration");
		assertThat(GatewayExtras.differences(spec, json(HELD)))
			.containsExactly("protocolConfiguration.mcp.sessionConfiguration");
	}

	@Test
	void ownedNewerMembersAreSentAndComparedWithAwsDefaults() {
		GatewaySpec spec = spec(new GatewaySpec.Protocol(null, null, null, 900, false, false),
				List.of(new GatewayMembers.Interceptor("arn:aws:lambda:us-east-1:123456789012:function:f",
						List.of(InterceptionPoint.RESPONSE), null, true)), null, Set.of());
		ObjectNode newer = GatewayExtras.newer(spec);
		assertThat(newer).isEqualTo(json("""
				{"protocolConfiguration": {"mcp": {"sessionConfiguration": {"sessionTimeoutInSeconds": 900},
				   "streamingConfiguration": {"enableResponseStreaming": false}, "disableMcpListToolsPagination": true}},
				 "interceptorConfigurations": [{"inputConfiguration": {"payloadFilter": {"exclude": [{"field": "RESPONSE_BODY"}]}}}]}"""));
		JsonNode awsDefaults = json("""
				{"protocolConfiguration": {"mcp": {"sessionConfiguration": {"sessionTimeoutInSeconds": 900},
				   "disableMcpListToolsPagination": true}},
				 "interceptorConfigurations": [{"inputConfiguration": {"passRequestHeaders": false,
				   "payloadFilter": {"exclude": [{"field": "RESPONSE_BODY"}]}}}]}""");
		assertThat(GatewayExtras.differences(spec, awsDefaults)).as("streaming left out by AWS means off").isEmpty();
		assertThat(GatewayExtras.differences(spec, json("{}"))).containsExactly(
				"protocolConfiguration.mcp.sessionConfiguration", "protocolConfiguration.mcp.disableMcpListToolsPagination",
				"interceptorConfigurations.0.inputConfiguration.payloadFilter");
	}

	@Test
	void anEmptyScopeMappingIsNoneOnTheWireAndMatchesAGatewayWithoutOne() {
		GatewaySpec spec = new GatewaySpec("d", "arn:aws:iam::123456789012:role/r",
				new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.CUSTOM_JWT, java.util.UUID.randomUUID(), Map.of()), null, null,
				null, Map.of(), null, null, Set.of("authorizer.advertisedScopeMapping"));
		assertThat(GatewayExtras.newer(spec).isEmpty()).as("AWS's map takes 1 to 50 entries").isTrue();
		assertThat(GatewayExtras.differences(spec, json("{}"))).isEmpty();
		assertThat(GatewayExtras.differences(spec, json("""
				{"authorizerConfiguration": {"customJWTAuthorizer": {"advertisedScopeMapping": {"a": "b"}}}}""")))
			.as("an owned, empty mapping sets back one made outside").hasSize(1);
		assertThat(new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null, Map.of()).advertisedScopeMapping())
			.as("what generated clients send for other types is dropped").isNull();
	}

	private static GatewaySpec spec(GatewaySpec.Protocol protocol, List<GatewayMembers.Interceptor> interceptors,
			GatewayMembers.PolicyEngine engine, Set<String> owned) {
		return new GatewaySpec("d", "arn:aws:iam::123456789012:role/r", new GatewaySpec.Authorizer(GatewaySpec.AuthorizerType.NONE, null),
				protocol, null, null, Map.of(), interceptors, engine, owned);
	}

	private static ObjectNode json(String text) {
		return (ObjectNode) MemberShim.JSON.readTree(text);
	}

}
