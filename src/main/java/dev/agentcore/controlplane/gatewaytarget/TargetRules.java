package dev.agentcore.controlplane.gatewaytarget;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentcore.controlplane.gatewaytarget.Credentials.CredentialType;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ToolDefinition;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Violations;

/** What AgentCore accepts for a target, checked across fields so every problem is reported at once. */
final class TargetRules {

	static final int INLINE_LIMIT_BYTES = 1024 * 1024;

	private static final Set<String> JSON_SCHEMA_TYPES = Set.of("object", "string", "number", "integer", "boolean",
			"array", "null");

	private TargetRules() {
	}

	static void check(TargetRequest request, Violations.Collector violations) {
		if (request.type() == null) {
			return;
		}
		Map<String, Object> blocks = new java.util.LinkedHashMap<>();
		blocks.put("openApi", request.openApi());
		blocks.put("smithy", request.smithy());
		blocks.put("lambda", request.lambda());
		blocks.put("mcpServer", request.mcpServer());
		blocks.put("apiGateway", request.apiGateway());
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
			case LAMBDA -> lambda(request, violations);
			case MCP_SERVER -> mcpServer(request, violations);
			case API_GATEWAY -> { }
		}
		credentialMembers(request.credentials(), violations);
	}

	/** The type's credential rules (API.md's matrix), with their own code. */
	static void credentialsAllowed(TargetType type, Credentials credentials) {
		if (credentials == null) {
			throw InvalidRequest.rule("CREDENTIALS_NOT_SUPPORTED", "credentials", type
					+ " targets need credentials: one of " + type.allowedCredentials() + ".");
		}
		if (!type.allowedCredentials().contains(credentials.type())) {
			throw InvalidRequest.rule("CREDENTIALS_NOT_SUPPORTED", "credentials.type", type + " targets take "
					+ type.allowedCredentials() + " credentials, not " + credentials.type() + ".");
		}
	}

	private static void schema(SchemaSource source, String path, Violations.Collector violations, boolean openApi) {
		if (source == null) {
			return;
		}
		if ((source.s3() == null) == (source.inline() == null)) {
			violations.add(path, "set exactly one of 's3' and 'inline'");
			return;
		}
		if (source.inline() == null) {
			return;
		}
		if (!withinLimit(source.inline(), path + ".inline", violations)) {
			return;
		}
		List<String> problems = openApi ? SchemaChecks.openApi(source.inline()) : SchemaChecks.smithy(source.inline());
		problems.forEach(problem -> violations.add(path + ".inline", problem));
	}

	private static void lambda(TargetRequest request, Violations.Collector violations) {
		if (request.lambda() == null || request.lambda().toolSchema() == null) {
			return;
		}
		var tools = request.lambda().toolSchema();
		if ((tools.s3() == null) == (tools.inline() == null)) {
			violations.add("lambda.toolSchema", "set exactly one of 's3' and 'inline'");
			return;
		}
		if (tools.inline() == null) {
			return;
		}
		if (tools.inline().isEmpty()) {
			violations.add("lambda.toolSchema.inline", "must define at least one tool");
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < tools.inline().size(); i++) {
			ToolDefinition tool = tools.inline().get(i);
			String path = "lambda.toolSchema.inline[" + i + "]";
			if (tool == null) {
				continue;
			}
			if (tool.name() != null && !names.add(tool.name())) {
				violations.add(path + ".name", "'" + tool.name() + "' is defined twice");
			}
			jsonSchema(tool.inputSchema(), path + ".inputSchema", violations);
			if (tool.outputSchema() != null) {
				jsonSchema(tool.outputSchema(), path + ".outputSchema", violations);
			}
		}
		withinLimit(String.valueOf(tools.inline()), "lambda.toolSchema.inline", violations);
	}

	private static void jsonSchema(Map<String, Object> schema, String path, Violations.Collector violations) {
		if (schema == null) {
			return;
		}
		Object type = schema.get("type");
		if (!(type instanceof String text) || !JSON_SCHEMA_TYPES.contains(text)) {
			violations.add(path + ".type", "must be a JSON Schema type: " + JSON_SCHEMA_TYPES);
		}
		Object properties = schema.get("properties");
		if (properties != null && !(properties instanceof Map)) {
			violations.add(path + ".properties", "must be an object of property schemas");
		}
		Object required = schema.get("required");
		if (required != null && !(required instanceof List)) {
			violations.add(path + ".required", "must be an array of property names");
		}
	}

	private static void mcpServer(TargetRequest request, Violations.Collector violations) {
		if (request.mcpServer() == null || request.mcpServer().endpoint() == null) {
			return;
		}
		try {
			URI uri = new URI(request.mcpServer().endpoint());
			if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
				violations.add("mcpServer.endpoint", "must be an https URL");
			}
		}
		catch (java.net.URISyntaxException ex) {
			violations.add("mcpServer.endpoint", "must be an https URL");
		}
	}

	private static void credentialMembers(Credentials credentials, Violations.Collector violations) {
		if (credentials == null || credentials.type() == null) {
			return;
		}
		CredentialType type = credentials.type();
		boolean oauth = type == CredentialType.OAUTH;
		boolean apiKey = type == CredentialType.API_KEY;
		if ((oauth || apiKey) && credentials.providerArn() == null) {
			violations.add("credentials.providerArn", "is required for " + type);
		}
		if (!oauth && !apiKey && credentials.providerArn() != null) {
			violations.add("credentials.providerArn", "must be absent for " + type);
		}
		if (!oauth && (credentials.scopes() != null || credentials.customParameters() != null
				|| credentials.grantType() != null || credentials.defaultReturnUrl() != null)) {
			violations.add("credentials", "scopes, customParameters, grantType and defaultReturnUrl are for OAUTH only");
		}
		if (!apiKey && (credentials.parameterName() != null || credentials.prefix() != null
				|| credentials.location() != null)) {
			violations.add("credentials", "parameterName, prefix and location are for API_KEY only");
		}
		if (oauth && credentials.grantType() == Credentials.GrantType.AUTHORIZATION_CODE
				&& credentials.defaultReturnUrl() == null) {
			violations.add("credentials.defaultReturnUrl", "is required for the AUTHORIZATION_CODE grant");
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
