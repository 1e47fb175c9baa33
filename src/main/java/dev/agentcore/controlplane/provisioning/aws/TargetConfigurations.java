package dev.agentcore.controlplane.provisioning.aws;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiGatewayTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiGatewayToolConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiGatewayToolFilter;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiGatewayToolOverride;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiSchemaConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpLambdaTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpServerTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.S3Configuration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.SchemaDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolSchema;

import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.provisioning.DesiredTarget;

/** A target's configuration in the SDK's typed shape: schemas, tool definitions, API Gateway filters. */
final class TargetConfigurations {

	private TargetConfigurations() {
	}

	/** The typed configuration; a runtime target's is only the shim's {@code http} member, over an empty union. */
	static TargetConfiguration of(DesiredTarget desired) {
		TargetSpec spec = desired.spec();
		McpTargetConfiguration mcp = switch (desired.type()) {
			case OPENAPI -> McpTargetConfiguration.fromOpenApiSchema(schema(spec.openApi()));
			case SMITHY -> McpTargetConfiguration.fromSmithyModel(schema(spec.smithy()));
			case LAMBDA -> McpTargetConfiguration.fromLambda(McpLambdaTargetConfiguration.builder()
				.lambdaArn(spec.lambda().functionArn())
				.toolSchema(tools(spec.lambda().toolSchema()))
				.build());
			case MCP_SERVER -> McpTargetConfiguration
				.fromMcpServer(McpServerTargetConfiguration.builder().endpoint(spec.mcpServer().endpoint()).build());
			case API_GATEWAY -> McpTargetConfiguration.fromApiGateway(apiGateway(spec.apiGateway()));
			case AGENTCORE_RUNTIME -> null;
		};
		return mcp == null ? TargetConfiguration.builder().build() : TargetConfiguration.fromMcp(mcp);
	}

	private static ApiSchemaConfiguration schema(TargetBlocks.SchemaSource source) {
		return source.inline() != null ? ApiSchemaConfiguration.fromInlinePayload(source.inline())
				: ApiSchemaConfiguration.fromS3(s3(source.s3()));
	}

	private static S3Configuration s3(TargetBlocks.S3Location location) {
		return S3Configuration.builder().uri(location.uri()).bucketOwnerAccountId(location.bucketOwnerAccountId()).build();
	}

	private static ToolSchema tools(TargetBlocks.ToolSchema tools) {
		if (tools.s3() != null) {
			return ToolSchema.fromS3(s3(tools.s3()));
		}
		return ToolSchema.fromInlinePayload(tools.inline()
			.stream()
			.map(tool -> ToolDefinition.builder()
				.name(tool.name())
				.description(tool.description())
				.inputSchema(schema(tool.inputSchema()))
				.outputSchema(tool.outputSchema() == null ? null : schema(tool.outputSchema()))
				.build())
			.toList());
	}

	/** A JSON Schema (as parsed JSON) in AgentCore's SchemaDefinition shape. */
	@SuppressWarnings("unchecked")
	static SchemaDefinition schema(Map<String, Object> json) {
		SchemaDefinition.Builder schema = SchemaDefinition.builder().type(String.valueOf(json.get("type")));
		if (json.get("description") instanceof String description) {
			schema.description(description);
		}
		if (json.get("properties") instanceof Map<?, ?> properties) {
			Map<String, SchemaDefinition> converted = new java.util.LinkedHashMap<>();
			properties.forEach((name, property) -> converted.put(String.valueOf(name), schema((Map<String, Object>) property)));
			schema.properties(converted);
		}
		if (json.get("required") instanceof List<?> required) {
			schema.required(required.stream().map(String::valueOf).toList());
		}
		if (json.get("items") instanceof Map<?, ?> items) {
			schema.items(schema((Map<String, Object>) items));
		}
		return schema.build();
	}

	private static ApiGatewayTargetConfiguration apiGateway(TargetBlocks.ApiGateway apiGateway) {
		ApiGatewayToolConfiguration.Builder tools = ApiGatewayToolConfiguration.builder();
		if (apiGateway.toolFilters() != null) {
			tools.toolFilters(apiGateway.toolFilters()
				.stream()
				.map(filter -> ApiGatewayToolFilter.builder().filterPath(filter.path()).methodsWithStrings(filter.methods()).build())
				.toList());
		}
		if (apiGateway.toolOverrides() != null) {
			tools.toolOverrides(apiGateway.toolOverrides()
				.stream()
				.map(override -> ApiGatewayToolOverride.builder()
					.name(override.name())
					.description(override.description())
					.path(override.path())
					.method(override.method())
					.build())
				.toList());
		}
		return ApiGatewayTargetConfiguration.builder()
			.restApiId(apiGateway.restApiId())
			.stage(apiGateway.stage())
			.apiGatewayToolConfiguration(tools.build())
			.build();
	}

}
