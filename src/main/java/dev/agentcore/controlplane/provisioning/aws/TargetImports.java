package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import tools.jackson.databind.JsonNode;

import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.provisioning.AgentCoreInventory.FoundTarget;
import dev.agentcore.controlplane.provisioning.DesiredTarget;

import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.listOrNull;
import static dev.agentcore.controlplane.provisioning.aws.ImportedJson.text;

/**
 * A target as AgentCore returns it (the raw answer) read back into the control plane's spec: the
 * reverse of {@link TargetRequests} and {@link TargetExtras}, checked with the provisioner's own
 * comparison, so an imported target is never changed by its first reconcile.
 */
final class TargetImports {

	private static final String MCP = "/targetConfiguration/mcp";

	/** Every configuration member the spec carries, as {@link KnownMembers} patterns. */
	private static final java.util.Set<String> KNOWN = java.util.Set.of("description",
			"targetConfiguration/mcp/*/s3/uri", "targetConfiguration/mcp/*/s3/bucketOwnerAccountId",
			"targetConfiguration/mcp/*/inlinePayload", "targetConfiguration/mcp/lambda/lambdaArn",
			"targetConfiguration/mcp/lambda/toolSchema/s3/uri", "targetConfiguration/mcp/lambda/toolSchema/s3/bucketOwnerAccountId",
			"targetConfiguration/mcp/lambda/toolSchema/inlinePayload/**", "targetConfiguration/mcp/mcpServer/endpoint",
			"targetConfiguration/mcp/mcpServer/mcpToolSchema/**", "targetConfiguration/mcp/mcpServer/listingMode",
			"targetConfiguration/mcp/mcpServer/resourcePriority", "targetConfiguration/mcp/apiGateway/restApiId",
			"targetConfiguration/mcp/apiGateway/stage", "targetConfiguration/mcp/apiGateway/apiGatewayToolConfiguration/toolFilters/*/filterPath",
			"targetConfiguration/mcp/apiGateway/apiGatewayToolConfiguration/toolFilters/*/methods/*",
			"targetConfiguration/mcp/apiGateway/apiGatewayToolConfiguration/toolOverrides/*/*",
			"targetConfiguration/http/agentcoreRuntime/arn", "targetConfiguration/http/agentcoreRuntime/qualifier",
			"credentialProviderConfigurations/0/credentialProviderType",
			"credentialProviderConfigurations/0/credentialProvider/oauthCredentialProvider/**",
			"credentialProviderConfigurations/0/credentialProvider/apiKeyCredentialProvider/*",
			"credentialProviderConfigurations/0/credentialProvider/iamCredentialProvider/*", "metadataConfiguration/*/*",
			"privateEndpoint/**", "certificateConfigurations/**");

	/** Members AgentCore returns that are not configuration. */
	private static final java.util.Set<String> READ_ONLY = java.util.Set.of("gatewayArn", "targetId", "createdAt",
			"updatedAt", "status", "statusReasons", "name", "lastSynchronizedAt", "protocolType", "authorizationData",
			"privateEndpointManagedResources");

	private TargetImports() {
	}

	static FoundTarget read(GetGatewayTargetResponse typed, JsonNode raw) {
		try {
			return map(typed, raw);
		}
		catch (IllegalArgumentException ex) {
			return refused(typed, null, "It holds a value the API has no name for (" + ex.getMessage() + ").");
		}
	}

	private static FoundTarget map(GetGatewayTargetResponse typed, JsonNode raw) {
		JsonNode mcp = raw.at(MCP);
		JsonNode runtime = raw.at("/targetConfiguration/http/agentcoreRuntime");
		TargetType type = runtime.isObject() ? TargetType.AGENTCORE_RUNTIME
				: mcp.has("openApiSchema") ? TargetType.OPENAPI : mcp.has("smithyModel") ? TargetType.SMITHY
						: mcp.has("lambda") ? TargetType.LAMBDA : mcp.has("mcpServer") ? TargetType.MCP_SERVER
								: mcp.has("apiGateway") ? TargetType.API_GATEWAY : null;
		if (type == null) {
			return refused(typed, null, "Its target configuration " + raw.path("targetConfiguration")
					+ " is of a kind the API has no type for.");
		}
		List<String> configuration = raw.propertyNames().stream().filter(member -> !READ_ONLY.contains(member)).toList();
		List<String> unknown = KnownMembers.unknown(raw, configuration, KNOWN);
		if (!unknown.isEmpty()) {
			return refused(typed, type, "AWS holds " + unknown + ", which the API cannot express; an update through the "
					+ "control plane would remove it.");
		}
		List<String> notes = new ArrayList<>();
		List<String> kept = TargetExtras.keep(null, raw, MemberShim.JSON.createObjectNode());
		if (!kept.isEmpty()) {
			notes.add("AWS holds " + kept + ", which no spec member owns: updates write them back as AWS holds them.");
		}
		TargetSpec spec = new TargetSpec(text(raw, "description"),
				type == TargetType.OPENAPI ? schema(mcp.get("openApiSchema")) : null,
				type == TargetType.SMITHY ? schema(mcp.get("smithyModel")) : null,
				type == TargetType.LAMBDA ? new TargetBlocks.Lambda(text(mcp.get("lambda"), "lambdaArn"),
						tools(mcp.get("lambda").path("toolSchema"))) : null,
				type == TargetType.MCP_SERVER ? mcpServer(mcp.get("mcpServer")) : null,
				type == TargetType.API_GATEWAY ? apiGateway(mcp.get("apiGateway")) : null,
				type == TargetType.AGENTCORE_RUNTIME ? new TargetBlocks.AgentcoreRuntime(text(runtime, "arn"),
						text(runtime, "qualifier")) : null,
				ImportedCredentials.of(raw.path("credentialProviderConfigurations"), notes),
				metadata(raw.path("metadataConfiguration")));
		List<String> differences = TargetRequests.differences(typed, raw, new DesiredTarget(typed.name(), type, spec));
		if (!differences.isEmpty()) {
			return refused(typed, type, "The API cannot express exactly what AWS holds for " + differences
					+ "; importing it would change the target.");
		}
		return new FoundTarget(typed.name(), typed.targetId(), typed.statusAsString(), typed.statusReasons(),
				typed.lastSynchronizedAt(), type, spec, notes, null);
	}

	private static TargetBlocks.SchemaSource schema(JsonNode schema) {
		return schema.has("s3") ? new TargetBlocks.SchemaSource(s3(schema.get("s3")), null)
				: new TargetBlocks.SchemaSource(null, text(schema, "inlinePayload"));
	}

	private static TargetBlocks.S3Location s3(JsonNode s3) {
		return new TargetBlocks.S3Location(text(s3, "uri"), text(s3, "bucketOwnerAccountId"));
	}

	private static TargetBlocks.ToolSchema tools(JsonNode schema) {
		if (schema.has("s3")) {
			return new TargetBlocks.ToolSchema(s3(schema.get("s3")), null);
		}
		JsonNode payload = schema.path("inlinePayload");
		JsonNode definitions = payload.isString() ? MemberShim.JSON.readTree(payload.asString()) : payload;
		List<TargetBlocks.ToolDefinition> tools = new ArrayList<>();
		for (JsonNode tool : definitions.values()) {
			tools.add(new TargetBlocks.ToolDefinition(text(tool, "name"), text(tool, "description"),
					ImportedJson.object(tool.get("inputSchema")),
					tool.has("outputSchema") ? ImportedJson.object(tool.get("outputSchema")) : null));
		}
		return new TargetBlocks.ToolSchema(null, tools);
	}

	private static TargetBlocks.McpServer mcpServer(JsonNode server) {
		JsonNode priority = server.path("resourcePriority");
		String listing = text(server, "listingMode");
		return new TargetBlocks.McpServer(text(server, "endpoint"),
				server.has("mcpToolSchema") ? tools(server.get("mcpToolSchema")) : null,
				listing == null ? null : TargetBlocks.ListingMode.valueOf(listing), priority.isNumber() ? priority.asInt() : null);
	}

	private static TargetBlocks.ApiGateway apiGateway(JsonNode api) {
		JsonNode tools = api.path("apiGatewayToolConfiguration");
		List<TargetBlocks.ToolFilter> filters = tools.path("toolFilters").valueStream()
			.map(filter -> new TargetBlocks.ToolFilter(text(filter, "filterPath"), ImportedJson.list(filter.path("methods"))))
			.toList();
		List<TargetBlocks.ToolOverride> overrides = tools.has("toolOverrides") ? tools.get("toolOverrides").valueStream()
			.map(override -> new TargetBlocks.ToolOverride(text(override, "name"), text(override, "description"),
					text(override, "path"), text(override, "method")))
			.toList() : null;
		return new TargetBlocks.ApiGateway(text(api, "restApiId"), text(api, "stage"), filters, overrides);
	}

	private static TargetBlocks.Metadata metadata(JsonNode metadata) {
		return metadata.isObject() ? new TargetBlocks.Metadata(listOrNull(metadata, "allowedRequestHeaders"),
				listOrNull(metadata, "allowedQueryParameters"), listOrNull(metadata, "allowedResponseHeaders")) : null;
	}

	private static FoundTarget refused(GetGatewayTargetResponse typed, TargetType type, String reason) {
		return new FoundTarget(typed.name(), typed.targetId(), typed.statusAsString(), typed.statusReasons(),
				typed.lastSynchronizedAt(), type, null, List.of(), reason);
	}

}
