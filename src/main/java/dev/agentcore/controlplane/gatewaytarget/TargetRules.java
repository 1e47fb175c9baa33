package dev.agentcore.controlplane.gatewaytarget;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ToolDefinition;
import dev.agentcore.controlplane.gateway.AuthorizerPairing;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.web.Violations;

/** What AgentCore accepts for a target, checked across fields so every problem is reported at once. */
final class TargetRules {

	static final int INLINE_LIMIT_BYTES = 1024 * 1024;

	/** AgentCore's SchemaType: JSON Schema's types without null. */
	/** The members of the model's SchemaDefinition (botocore 1.43.11 and 1.43.107 alike). */
	private static final java.util.List<String> SCHEMA_DEFINITION_MEMBERS = java.util.List.of("type", "description",
			"properties", "required", "items");

	private static final Set<String> JSON_SCHEMA_TYPES = Set.of("object", "string", "number", "integer", "boolean",
			"array");

	private TargetRules() {
	}

	/** Identity-forwarding credentials need the matching authorizer on the gateway. */
	static void pairsWith(Gateway gateway, TargetSpec spec) {
		if (spec.credentials() != null) {
			AuthorizerPairing.checkTarget(gateway.spec().authorizer().type(), spec.credentials().type().name());
			CredentialRules.returnUrlAllowed(gateway, spec.credentials());
		}
	}

	static void check(TargetRequest request, Violations.Collector violations) {
		if (request.type() == null) {
			return;
		}
		Map<String, Object> blocks = new LinkedHashMap<>();
		blocks.put("openApi", request.openApi());
		blocks.put("smithy", request.smithy());
		blocks.put("lambda", request.lambda());
		blocks.put("mcpServer", request.mcpServer());
		blocks.put("apiGateway", request.apiGateway());
		blocks.put("agentcoreRuntime", request.agentcoreRuntime());
		String expected = request.type().block();
		blocks.forEach((block, value) -> {
			if (block.equals(expected) && value == null) {
				violations.add(block, "is required for type " + request.type());
			}
			else if (!block.equals(expected) && value != null) {
				violations.add(block, "must be absent for type " + request.type() + " (set only '" + expected + "')");
			}
		});
		switch (request.type()) {
			case OPENAPI -> schema(request.openApi(), "openApi", violations, true);
			case SMITHY -> schema(request.smithy(), "smithy", violations, false);
			case LAMBDA -> tools(request.lambda() == null ? null : request.lambda().toolSchema(), "lambda.toolSchema", true,
					violations);
			case MCP_SERVER -> mcpServer(request, violations);
			default -> {
			}
		}
		CredentialRules.members(request.credentials(), violations);
		metadata(request.metadata(), violations);
		PrivateEndpoint.check(request.privateEndpoint(), "privateEndpoint", violations);
		SynchronizationSchedule.check(request, violations);
	}

	private static void schema(SchemaSource source, String path, Violations.Collector violations, boolean openApi) {
		if (source == null) {
			return;
		}
		if ((source.s3() == null) == (source.inline() == null)) {
			violations.add(path, "set exactly one of 's3' and 'inline'");
			return;
		}
		if (source.inline() == null || !withinLimit(source.inline(), path + ".inline", violations)) {
			return;
		}
		List<String> problems = openApi ? SchemaChecks.openApi(source.inline()) : SchemaChecks.smithy(source.inline());
		problems.forEach(problem -> violations.add(path + ".inline", problem));
	}

	/**
	 * @param schemaDefinition whether AgentCore takes the schemas as its SchemaDefinition (Lambda targets), which
	 * carries no JSON Schema keyword beyond type, description, properties, required and items; MCP servers' static
	 * tools are MCP tool definitions and keep every keyword
	 */
	private static void tools(TargetBlocks.ToolSchema tools, String field, boolean schemaDefinition,
			Violations.Collector violations) {
		if (tools == null) {
			return;
		}
		if ((tools.s3() == null) == (tools.inline() == null)) {
			violations.add(field, "set exactly one of 's3' and 'inline'");
			return;
		}
		if (tools.inline() == null) {
			return;
		}
		if (tools.inline().isEmpty()) {
			violations.add(field + ".inline", "must define at least one tool");
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < tools.inline().size(); i++) {
			ToolDefinition tool = tools.inline().get(i);
			String path = field + ".inline[" + i + "]";
			if (tool == null) {
				continue;
			}
			if (tool.name() != null && !names.add(tool.name())) {
				violations.add(path + ".name", "'" + tool.name() + "' is defined twice");
			}
			jsonSchema(tool.inputSchema(), path + ".inputSchema", schemaDefinition, violations);
			if (tool.outputSchema() != null) {
				jsonSchema(tool.outputSchema(), path + ".outputSchema", schemaDefinition, violations);
			}
		}
		withinLimit(String.valueOf(tools.inline()), field + ".inline", violations);
	}

	/**
	 * A type of AgentCore's set, and properties, required and items of that shape; for a SchemaDefinition also no
	 * other keyword, which AgentCore would not keep (refused rather than silently dropped).
	 */
	@SuppressWarnings("unchecked")
	private static void jsonSchema(Map<String, Object> schema, String path, boolean schemaDefinition,
			Violations.Collector violations) {
		if (schema == null) {
			return;
		}
		if (schemaDefinition) {
			schema.keySet().stream().filter(keyword -> !SCHEMA_DEFINITION_MEMBERS.contains(keyword)).sorted().forEach(
					keyword -> violations.add(path + "." + keyword, "AgentCore's SchemaDefinition for Lambda tools carries only "
							+ SCHEMA_DEFINITION_MEMBERS + "; '" + keyword + "' would be lost: remove it (say it in the "
							+ "description), or serve the tools from an MCP server, whose tool schemas keep JSON Schema whole"));
		}
		Object type = schema.get("type");
		if (!(type instanceof String text) || !JSON_SCHEMA_TYPES.contains(text)) {
			violations.add(path + ".type", "must be one of " + new java.util.TreeSet<>(JSON_SCHEMA_TYPES));
		}
		Object properties = schema.get("properties");
		if (properties instanceof Map<?, ?> map) {
			map.forEach((name, property) -> {
				if (property instanceof Map<?, ?> nested) {
					jsonSchema((Map<String, Object>) nested, path + ".properties." + name, schemaDefinition, violations);
				}
				else {
					violations.add(path + ".properties." + name, "must be a schema object");
				}
			});
		}
		else if (properties != null) {
			violations.add(path + ".properties", "must be an object of property schemas");
		}
		Object required = schema.get("required");
		if (required != null && !(required instanceof List)) {
			violations.add(path + ".required", "must be an array of property names");
		}
		if (schema.get("items") instanceof Map<?, ?> items) {
			jsonSchema((Map<String, Object>) items, path + ".items", schemaDefinition, violations);
		}
	}

	private static void mcpServer(TargetRequest request, Violations.Collector violations) {
		TargetBlocks.McpServer server = request.mcpServer();
		if (server == null) {
			return;
		}
		if (server.endpoint() != null && !https(server.endpoint())) {
			violations.add("mcpServer.endpoint", "must be an https URL");
		}
		tools(server.toolSchema(), "mcpServer.toolSchema", false, violations);
		Credentials credentials = request.credentials();
		if (server.toolSchema() != null && (credentials == null || credentials.type() != Credentials.CredentialType.OAUTH
				|| credentials.grantType() != Credentials.GrantType.AUTHORIZATION_CODE)) {
			violations.add("mcpServer.toolSchema", "AgentCore takes a static tool schema only with OAUTH credentials and the "
					+ "AUTHORIZATION_CODE grant (the tools a user consents to, which the gateway cannot list alone)");
		}
	}

	/** Each list names a header or parameter once. */
	private static void metadata(TargetBlocks.Metadata metadata, Violations.Collector violations) {
		if (metadata == null) {
			return;
		}
		Map<String, List<String>> lists = new LinkedHashMap<>();
		lists.put("allowedRequestHeaders", metadata.allowedRequestHeaders());
		lists.put("allowedQueryParameters", metadata.allowedQueryParameters());
		lists.put("allowedResponseHeaders", metadata.allowedResponseHeaders());
		lists.forEach((name, values) -> {
			if (values != null && values.stream().distinct().count() < values.size()) {
				violations.add("metadata." + name, "names an entry twice; list each once");
			}
		});
		if (lists.values().stream().allMatch(Objects::isNull)) {
			violations.add("metadata", "must list request headers, query parameters or response headers; leave it out otherwise");
		}
	}

	private static boolean https(String url) {
		try {
			java.net.URI uri = new java.net.URI(url);
			return "https".equals(uri.getScheme()) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static boolean withinLimit(String text, String path, Violations.Collector violations) {
		int bytes = text.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > INLINE_LIMIT_BYTES) {
			violations.add(path, "is " + bytes + " bytes; inline schemas are limited to 1 MB, put larger ones in S3");
			return false;
		}
		return true;
	}

}
