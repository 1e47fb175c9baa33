package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.provisioning.DesiredTarget;

import static org.assertj.core.api.Assertions.assertThat;

class TargetExtrasTests {

	static final String RUNTIME = "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/agent-a1b2c3d4e5";

	@Test
	void aRuntimeTargetSignedWithTheRoleIsSentThroughTheShimAndAwsDefaultsAreNoDifference() {
		DesiredTarget desired = new DesiredTarget("agent", TargetType.AGENTCORE_RUNTIME, new TargetSpec(null, null, null, null, null,
				null, new TargetBlocks.AgentcoreRuntime(RUNTIME, null), new Credentials(Credentials.CredentialType.GATEWAY_IAM_ROLE,
						new Credentials.Signing("bedrock-agentcore", null), null, null, null, null, null, null, null, null), null));
		assertThat(TargetExtras.newer(desired)).isEqualTo(MemberShim.JSON.readTree("""
				{"targetConfiguration": {"http": {"agentcoreRuntime": {"arn": "%s"}}},
				 "credentialProviderConfigurations": [{"credentialProvider": {"iamCredentialProvider": {"service": "bedrock-agentcore"}}}]}"""
			.formatted(RUNTIME)));
		assertThat(TargetExtras.differences(desired, MemberShim.JSON.readTree("""
				{"targetConfiguration": {"http": {"agentcoreRuntime": {"arn": "%s", "qualifier": "DEFAULT"}}},
				 "credentialProviderConfigurations": [{"credentialProvider": {"iamCredentialProvider": {"service": "bedrock-agentcore"}}}]}"""
			.formatted(RUNTIME)))).isEmpty();
		assertThat(TargetExtras.differences(desired, MemberShim.JSON.readTree("{}"))).containsExactly(
				"targetConfiguration.http.agentcoreRuntime",
				"credentialProviderConfigurations.0.credentialProvider.iamCredentialProvider");
	}

	@Test
	void anMcpServersStaticToolsAreMcpToolDefinitionsAsJsonTextWithTheirJsonSchemaWhole() {
		TargetBlocks.ToolDefinition tool = new TargetBlocks.ToolDefinition("list", "Lists", Map.of("type", "object", "properties",
				Map.of("day", Map.of("type", "string", "format", "date")), "additionalProperties", false), null);
		DesiredTarget desired = new DesiredTarget("cal", TargetType.MCP_SERVER, new TargetSpec(null, null, null, null,
				new TargetBlocks.McpServer("https://cal.example.com/mcp", new TargetBlocks.ToolSchema(null, List.of(tool)), null,
						null), null, null));
		String payload = TargetExtras.newer(desired).at("/targetConfiguration/mcp/mcpServer/mcpToolSchema/inlinePayload").asString();
		assertThat(MemberShim.JSON.readTree(payload)).isEqualTo(MemberShim.JSON.readTree("""
				[{"name": "list", "description": "Lists", "inputSchema": {"type": "object",
				  "properties": {"day": {"type": "string", "format": "date"}}, "additionalProperties": false}}]"""));
		assertThat(TargetExtras.differences(desired, MemberShim.JSON.readTree("""
				{"targetConfiguration": {"mcp": {"mcpServer": {"mcpToolSchema": {"inlinePayload": %s}, "listingMode": "DEFAULT",
				 "resourcePriority": 1000}}}}""".formatted(MemberShim.JSON.writeValueAsString(payload))))).isEmpty();
	}

}
