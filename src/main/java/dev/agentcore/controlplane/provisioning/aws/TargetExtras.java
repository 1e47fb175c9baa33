package dev.agentcore.controlplane.provisioning.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.gatewaytarget.Credentials;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks;
import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.provisioning.DesiredTarget;
import dev.agentcore.controlplane.servicemodel.AwsAnswers;

/**
 * The target's side of {@link MemberShim}: AgentCore Runtime targets ({@code targetConfiguration.http}),
 * MCP servers' static tool schema, listing mode and priority, SigV4 signing names
 * ({@code iamCredentialProvider}) and metadata propagation, none of which SDK 2.40.2 knows.
 */
final class TargetExtras {

	private static final String RUNTIME = "/targetConfiguration/http/agentcoreRuntime";

	private static final String SERVER = "/targetConfiguration/mcp/mcpServer";

	private static final String SIGNING = "/credentialProviderConfigurations/0/credentialProvider/iamCredentialProvider";

	private static final String METADATA = "/metadataConfiguration";

	/**
	 * UpdateGatewayTarget members (model of 2026-07) that AWS may hold and no spec member owns yet: set in
	 * the console or by another tool, they are written back as AWS holds them, since the update replaces
	 * the whole target. A private endpoint is kept only while the spec declares none; declared, the spec owns it.
	 */
	private static final List<String> KEPT = List.of(TargetExtras.PRIVATE_ENDPOINT, "/certificateConfigurations");

	private static final String PRIVATE_ENDPOINT = "/privateEndpoint";

	private TargetExtras() {
	}

	static ObjectNode newer(DesiredTarget desired) {
		Map<String, JsonNode> members = members(desired);
		ObjectNode extra = MemberShim.JSON.createObjectNode();
		members.forEach((pointer, value) -> {
			if (value != null) {
				JsonPointers.put(extra, pointer, value);
			}
		});
		return extra;
	}

	/**
	 * Copies into {@code extra} what AWS holds ({@code observed}) for the members {@code desired} does not own (null:
	 * none is owned); returns their names.
	 */
	static List<String> keep(DesiredTarget desired, JsonNode observed, ObjectNode extra) {
		List<String> kept = new ArrayList<>();
		for (String pointer : KEPT) {
			if (pointer.equals(PRIVATE_ENDPOINT) && desired != null && desired.spec().privateEndpoint() != null) {
				continue;
			}
			JsonNode held = observed.at(pointer);
			if (!held.isMissingNode() && !held.isNull()) {
				JsonPointers.put(extra, pointer, held.deepCopy());
				kept.add(JsonPointers.dotted(pointer));
			}
		}
		return kept;
	}

	/** The shim's members whose value in AWS ({@code observed}, the raw answer) differs, with AWS's defaults applied. */
	static List<String> differences(DesiredTarget desired, JsonNode observed) {
		List<String> differences = new ArrayList<>();
		members(desired).forEach((pointer, wanted) -> {
			JsonNode held = observed.at(pointer);
			if (!AwsAnswers.same(normalized(pointer, held.isMissingNode() || held.isNull() ? null : held), normalized(pointer, wanted))) {
				differences.add(JsonPointers.dotted(pointer));
			}
		});
		return differences;
	}

	/** Every member the shim owns for this target, by pointer; null where the spec sets none. */
	private static Map<String, JsonNode> members(DesiredTarget desired) {
		Map<String, JsonNode> members = new LinkedHashMap<>();
		if (desired.type() == TargetType.AGENTCORE_RUNTIME) {
			ObjectNode runtime = MemberShim.JSON.createObjectNode().put("arn", desired.spec().agentcoreRuntime().runtimeArn());
			if (desired.spec().agentcoreRuntime().qualifier() != null) {
				runtime.put("qualifier", desired.spec().agentcoreRuntime().qualifier());
			}
			members.put(RUNTIME, runtime);
		}
		if (desired.type() == TargetType.MCP_SERVER) {
			TargetBlocks.McpServer server = desired.spec().mcpServer();
			members.put(SERVER + "/mcpToolSchema", server.toolSchema() == null ? null : toolSchema(server.toolSchema()));
			members.put(SERVER + "/listingMode", server.listingMode() == null ? null : node(server.listingMode().name()));
			members.put(SERVER + "/resourcePriority", server.resourcePriority() == null ? null : node(server.resourcePriority()));
		}
		Credentials credentials = desired.spec().credentials();
		members.put(SIGNING, credentials == null || credentials.signing() == null ? null : node(credentials.signing()));
		members.put(METADATA, desired.spec().metadata() == null ? null : node(desired.spec().metadata()));
		if (desired.spec().privateEndpoint() != null) {
			members.put(PRIVATE_ENDPOINT, PrivateEndpoints.wire(desired.spec().privateEndpoint()));
		}
		return members;
	}

	/** AWS's defaults: qualifier DEFAULT, listing mode DEFAULT, priority 1000. */
	private static JsonNode normalized(String pointer, JsonNode value) {
		if (pointer.equals(RUNTIME) && value != null && !value.has("qualifier")) {
			return ((ObjectNode) value.deepCopy()).put("qualifier", "DEFAULT");
		}
		if (pointer.endsWith("/listingMode") && value == null) {
			return node("DEFAULT");
		}
		if (pointer.endsWith("/resourcePriority") && value == null) {
			return node(1000);
		}
		return value;
	}

	/**
	 * A static tool list is JSON text (inlinePayload) or an S3 object. The model asks for it "aligned with the
	 * MCP specification": MCP tool definitions, whose inputSchema and outputSchema are JSON Schema as
	 * declared (enum, format, bounds, ... kept), not the Lambda targets' SchemaDefinition, which would drop them.
	 */
	private static JsonNode toolSchema(TargetBlocks.ToolSchema tools) {
		ObjectNode schema = MemberShim.JSON.createObjectNode();
		if (tools.s3() != null) {
			schema.set("s3", node(tools.s3()));
			return schema;
		}
		ArrayNode definitions = MemberShim.JSON.createArrayNode();
		for (TargetBlocks.ToolDefinition tool : tools.inline()) {
			ObjectNode definition = definitions.addObject().put("name", tool.name()).put("description", tool.description());
			definition.set("inputSchema", node(tool.inputSchema()));
			if (tool.outputSchema() != null) {
				definition.set("outputSchema", node(tool.outputSchema()));
			}
		}
		return schema.put("inlinePayload", MemberShim.JSON.writeValueAsString(definitions));
	}

	private static JsonNode node(Object value) {
		return MemberShim.JSON.valueToTree(value);
	}

}
