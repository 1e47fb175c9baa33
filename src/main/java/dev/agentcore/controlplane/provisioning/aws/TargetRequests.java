package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiGatewayTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiGatewayToolConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiGatewayToolFilter;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiGatewayToolOverride;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiKeyCredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ApiSchemaConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpLambdaTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpServerTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.OAuthCredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.S3Configuration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.SchemaDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolSchema;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayTargetRequest;

import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
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
			.targetConfiguration(configuration(desired))
			.credentialProviderConfigurations(credentials(desired.spec().credentials()))
			.clientToken(clientToken)
			.build();
		MemberShim.Exchange exchange = new MemberShim.Exchange(TargetExtras.newer(desired));
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, List.of());
	}

	static Shimmed<UpdateGatewayTargetRequest> update(String gatewayId, String targetId, DesiredTarget desired) {
		UpdateGatewayTargetRequest request = UpdateGatewayTargetRequest.builder()
			.gatewayIdentifier(gatewayId)
			.targetId(targetId)
			.name(desired.name())
			.description(desired.spec().description())
			.targetConfiguration(configuration(desired))
			.credentialProviderConfigurations(credentials(desired.spec().credentials()))
			.build();
		MemberShim.Exchange exchange = new MemberShim.Exchange(TargetExtras.newer(desired));
		return new Shimmed<>(MemberShim.attach(request, exchange), exchange, List.of());
	}

	/** The members whose value in AWS ({@code observed} typed, {@code raw} as sent) differs from the desired one. */
	static List<String> differences(GetGatewayTargetResponse observed, JsonNode raw, DesiredTarget desired) {
		List<String> differences = new ArrayList<>();
		if (!Objects.equals(observed.description(), desired.spec().description())) {
			differences.add("description");
		}
		// The SDK cannot read a runtime target's configuration (targetConfiguration.http): the shim compares it.
		if (desired.type() != TargetType.AGENTCORE_RUNTIME
				&& !Objects.equals(observed.targetConfiguration(), configuration(desired))) {
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
				&& Objects.equals(heldProvider == null ? null : heldProvider.oauthCredentialProvider(),
						wantProvider == null ? null : wantProvider.oauthCredentialProvider())
				&& Objects.equals(heldProvider == null ? null : heldProvider.apiKeyCredentialProvider(),
						wantProvider == null ? null : wantProvider.apiKeyCredentialProvider());
	}

	/** The typed configuration; a runtime target's is only the shim's {@code http} member, over an empty union. */
	private static TargetConfiguration configuration(DesiredTarget desired) {
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
