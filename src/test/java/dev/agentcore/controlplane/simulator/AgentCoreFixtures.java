package dev.agentcore.controlplane.simulator;

import java.util.Map;
import java.util.UUID;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiSchemaConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizerConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizerType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CustomJWTAuthorizerConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayProtocolType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpLambdaTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpServerTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.S3Configuration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.SchemaDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.SchemaType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolSchema;

/** Requests the contract suite sends, named after what they build. */
final class AgentCoreFixtures {

	private AgentCoreFixtures() {
	}

	static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static String clientToken() {
		return UUID.randomUUID().toString();
	}

	static CreateGatewayRequest openGateway(String name, String roleArn) {
		return CreateGatewayRequest.builder()
			.name(name)
			.roleArn(roleArn)
			.protocolType(GatewayProtocolType.MCP)
			.authorizerType(AuthorizerType.NONE)
			.build();
	}

	static CreateGatewayRequest cognitoGateway(String name, String roleArn) {
		return CreateGatewayRequest.builder()
			.name(name)
			.roleArn(roleArn)
			.protocolType(GatewayProtocolType.MCP)
			.authorizerType(AuthorizerType.CUSTOM_JWT)
			.authorizerConfiguration(AuthorizerConfiguration.fromCustomJWTAuthorizer(CustomJWTAuthorizerConfiguration
				.builder()
				.discoveryUrl("https://cognito-idp.us-west-2.amazonaws.com/us-west-2_abc123/.well-known/openid-configuration")
				.allowedClients("client-1")
				.build()))
			.build();
	}

	static CreateGatewayTargetRequest mcpServerTarget(String gatewayId, String name, String endpoint) {
		return target(gatewayId, name,
				McpTargetConfiguration.fromMcpServer(McpServerTargetConfiguration.builder().endpoint(endpoint).build()));
	}

	static CreateGatewayTargetRequest lambdaTarget(String gatewayId, String name) {
		ToolDefinition weather = ToolDefinition.builder()
			.name("get_weather")
			.description("Current weather for a city")
			.inputSchema(SchemaDefinition.builder()
				.type(SchemaType.OBJECT)
				.properties(Map.of("city", SchemaDefinition.builder().type(SchemaType.STRING).build()))
				.required("city")
				.build())
			.build();
		return CreateGatewayTargetRequest.builder()
			.gatewayIdentifier(gatewayId)
			.name(name)
			.targetConfiguration(TargetConfiguration.fromMcp(McpTargetConfiguration.fromLambda(McpLambdaTargetConfiguration
				.builder()
				.lambdaArn("arn:aws:lambda:us-east-1:123456789012:function:weather")
				.toolSchema(ToolSchema.fromInlinePayload(java.util.List.of(weather)))
				.build())))
			.credentialProviderConfigurations(
					CredentialProviderConfiguration.builder().credentialProviderType(CredentialProviderType.GATEWAY_IAM_ROLE).build())
			.build();
	}

	/** Smithy targets call AWS services, signed with the gateway's role. */
	static CreateGatewayTargetRequest smithyTargetFromS3(String gatewayId, String name, String uri) {
		return target(gatewayId, name, McpTargetConfiguration.fromSmithyModel(
				ApiSchemaConfiguration.fromS3(S3Configuration.builder().uri(uri).build()))).toBuilder()
			.credentialProviderConfigurations(
					CredentialProviderConfiguration.builder().credentialProviderType(CredentialProviderType.GATEWAY_IAM_ROLE).build())
			.build();
	}

	static CreateGatewayTargetRequest openApiInline(String gatewayId, String name, String payload) {
		return target(gatewayId, name, McpTargetConfiguration.fromOpenApiSchema(ApiSchemaConfiguration.fromInlinePayload(payload)));
	}

	private static CreateGatewayTargetRequest target(String gatewayId, String name, McpTargetConfiguration mcp) {
		return CreateGatewayTargetRequest.builder()
			.gatewayIdentifier(gatewayId)
			.name(name)
			.targetConfiguration(TargetConfiguration.fromMcp(mcp))
			.build();
	}

}
