package dev.agentcore.controlplane.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static dev.agentcore.controlplane.simulator.WireFields.array;
import static dev.agentcore.controlplane.simulator.WireFields.exactlyOne;
import static dev.agentcore.controlplane.simulator.WireFields.object;
import static dev.agentcore.controlplane.simulator.WireFields.oneOf;
import static dev.agentcore.controlplane.simulator.WireFields.string;

/** CreateGatewayTarget / UpdateGatewayTarget validation, as the AgentCore API reference states it. */
final class TargetInputRules {

	static final Pattern NAME = Pattern.compile("([0-9a-zA-Z]-?){1,100}");

	static final Pattern S3_URI = Pattern.compile("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/.{1,1024}");

	static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

	static final Pattern LAMBDA_ARN = Pattern.compile(
			"arn:(aws[a-zA-Z-]*)?:lambda:([a-z]{2}(-gov)?-[a-z]+-\\d{1}):(\\d{12}):function:([a-zA-Z0-9-_.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?");

	static final Pattern HTTPS = Pattern.compile("https://.+");

	static final Pattern PROVIDER_ARN = Pattern.compile("arn:([^:]*):([^:]*):([^:]*):([0-9]{12})?:(.+)");

	static final int INLINE_LIMIT_BYTES = 1024 * 1024;

	static final int TOOLS_PER_TARGET = 1000;

	private static final Map<String, String> CREDENTIAL_MEMBERS = Map.of("OAUTH", "oauthCredentialProvider", "API_KEY",
			"apiKeyCredentialProvider");

	private TargetInputRules() {
	}

	static TargetInput spec(JsonNode request) {
		String name = string(request, "name", true, 1, 100, NAME);
		String description = string(request, "description", false, 0, 200, null);
		JsonNode configuration = object(request, "targetConfiguration", true);
		exactlyOne(configuration, "targetConfiguration", Set.of("mcp"));
		JsonNode mcp = object(configuration, "mcp", true);
		String kind = exactlyOne(mcp, "targetConfiguration.mcp",
				Set.of("openApiSchema", "smithyModel", "lambda", "mcpServer", "apiGateway"));
		String path = "targetConfiguration.mcp." + kind;
		switch (kind) {
			case "openApiSchema", "smithyModel" -> schema(mcp.get(kind), path);
			case "lambda" -> lambda(mcp.get(kind), path);
			case "mcpServer" -> string(mcp.get(kind), "endpoint", true, 1, 2048, HTTPS);
			default -> apiGateway(mcp.get(kind), path);
		}
		JsonNode credentials = credentials(request);
		String clientToken = string(request, "clientToken", false, 33, 256, java.util.regex.Pattern.compile(GatewayShapes.CLIENT_TOKEN));
		return new TargetInput(name, description, configuration, credentials, clientToken);
	}

	private static void schema(JsonNode schema, String path) {
		String source = exactlyOne(schema, path, Set.of("s3", "inlinePayload"));
		if (source.equals("s3")) {
			s3(schema.get("s3"));
		}
		else {
			String inline = string(schema, "inlinePayload", true, 1, Integer.MAX_VALUE, null);
			tooLarge(inline.getBytes(StandardCharsets.UTF_8).length, path + ".inlinePayload");
		}
	}

	private static void lambda(JsonNode lambda, String path) {
		string(lambda, "lambdaArn", true, 1, 170, LAMBDA_ARN);
		JsonNode toolSchema = object(lambda, "toolSchema", true);
		String source = exactlyOne(toolSchema, path + ".toolSchema", Set.of("s3", "inlinePayload"));
		if (source.equals("s3")) {
			s3(toolSchema.get("s3"));
			return;
		}
		JsonNode tools = array(toolSchema, "inlinePayload", TOOLS_PER_TARGET);
		tooLarge(tools.toString().getBytes(StandardCharsets.UTF_8).length, path + ".toolSchema.inlinePayload");
		for (JsonNode tool : tools) {
			string(tool, "name", true, 1, 256, null);
			string(tool, "description", true, 1, Integer.MAX_VALUE, null);
			object(tool, "inputSchema", true);
		}
	}

	private static void apiGateway(JsonNode apiGateway, String path) {
		string(apiGateway, "restApiId", true, 1, 64, null);
		string(apiGateway, "stage", true, 1, 128, null);
		JsonNode tools = object(apiGateway, "apiGatewayToolConfiguration", false);
		if (tools != null) {
			array(tools, "toolFilters", 100);
			array(tools, "toolOverrides", 100);
		}
	}

	private static void s3(JsonNode s3) {
		string(s3, "uri", true, 1, 2048, S3_URI);
		string(s3, "bucketOwnerAccountId", false, 12, 12, ACCOUNT);
	}

	private static void tooLarge(int bytes, String field) {
		if (bytes > INLINE_LIMIT_BYTES) {
			throw AwsError.validation(field, "Member must be at most 1 MB (" + bytes + " bytes given)");
		}
	}

	private static JsonNode credentials(JsonNode request) {
		JsonNode list = array(request, "credentialProviderConfigurations", 1);
		if (list == null) {
			return null;
		}
		if (list.size() != 1) {
			throw AwsError.validation("credentialProviderConfigurations", "Member must have length equal to 1");
		}
		JsonNode entry = list.get(0);
		String type = oneOf(entry, "credentialProviderType", true, Set.of("GATEWAY_IAM_ROLE", "OAUTH", "API_KEY"));
		JsonNode provider = object(entry, "credentialProvider", false);
		String member = CREDENTIAL_MEMBERS.get(type);
		if (member == null) {
			if (provider != null && provider.size() > 0) {
				throw AwsError.validation("credentialProviderConfigurations[0].credentialProvider",
						"GATEWAY_IAM_ROLE takes no credential provider");
			}
			return list;
		}
		if (provider == null) {
			throw AwsError.validation("credentialProviderConfigurations[0].credentialProvider",
					"A credential provider is required for " + type);
		}
		exactlyOne(provider, "credentialProviderConfigurations[0].credentialProvider", Set.of(member));
		JsonNode details = provider.get(member);
		string(details, "providerArn", true, 1, 2048, PROVIDER_ARN);
		if (type.equals("OAUTH")) {
			array(details, "scopes", 100);
			oneOf(details, "grantType", false, Set.of("CLIENT_CREDENTIALS", "AUTHORIZATION_CODE"));
		}
		else {
			oneOf(details, "credentialLocation", false, Set.of("HEADER", "QUERY_PARAMETER"));
		}
		return list;
	}

}
