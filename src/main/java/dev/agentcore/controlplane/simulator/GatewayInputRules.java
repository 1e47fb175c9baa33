package dev.agentcore.controlplane.simulator;

import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static dev.agentcore.controlplane.simulator.WireFields.array;
import static dev.agentcore.controlplane.simulator.WireFields.object;
import static dev.agentcore.controlplane.simulator.WireFields.oneOf;
import static dev.agentcore.controlplane.simulator.WireFields.string;

/** CreateGateway / UpdateGateway validation, as the AgentCore API reference states it. */
final class GatewayInputRules {

	static final Pattern NAME = Pattern.compile("([0-9a-zA-Z]-?){1,48}");

	static final Pattern ROLE_ARN = Pattern.compile("arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+");

	static final Pattern KMS_KEY_ARN = Pattern.compile("arn:aws(|-cn|-us-gov):kms:[a-zA-Z0-9-]*:[0-9]{12}:key/[a-zA-Z0-9-]{36}");

	static final Pattern CLIENT_TOKEN = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,256}");

	static final Pattern DISCOVERY_URL = Pattern.compile(".+/\\.well-known/openid-configuration");

	static final Set<String> AUTHORIZER_TYPES = Set.of("CUSTOM_JWT", "AWS_IAM", "NONE");

	private GatewayInputRules() {
	}

	static GatewayInput spec(JsonNode request) {
		String name = string(request, "name", true, 1, 48, NAME);
		String description = string(request, "description", false, 0, 200, null);
		String roleArn = string(request, "roleArn", true, 1, 2048, ROLE_ARN);
		String protocolType = oneOf(request, "protocolType", true, Set.of("MCP"));
		JsonNode protocol = protocolConfiguration(request);
		String authorizerType = oneOf(request, "authorizerType", true, AUTHORIZER_TYPES);
		JsonNode authorizer = authorizerConfiguration(request, authorizerType);
		String kmsKeyArn = string(request, "kmsKeyArn", false, 1, 2048, KMS_KEY_ARN);
		String exceptionLevel = oneOf(request, "exceptionLevel", false, Set.of("DEBUG"));
		JsonNode tags = object(request, "tags", false);
		if (tags != null && tags.size() > 50) {
			throw AwsError.validation("tags", "Member must have length less than or equal to 50");
		}
		String clientToken = string(request, "clientToken", false, 33, 256, CLIENT_TOKEN);
		return new GatewayInput(name, description, roleArn, protocolType, protocol, authorizerType, authorizer, kmsKeyArn,
				exceptionLevel, clientToken);
	}

	private static JsonNode protocolConfiguration(JsonNode request) {
		JsonNode protocol = object(request, "protocolConfiguration", false);
		if (protocol == null) {
			return null;
		}
		JsonNode mcp = object(protocol, "mcp", true);
		string(mcp, "instructions", false, 1, 2048, null);
		oneOf(mcp, "searchType", false, Set.of("SEMANTIC"));
		array(mcp, "supportedVersions", 10);
		return protocol;
	}

	private static JsonNode authorizerConfiguration(JsonNode request, String authorizerType) {
		JsonNode authorizer = object(request, "authorizerConfiguration", false);
		if (!"CUSTOM_JWT".equals(authorizerType)) {
			if (authorizer != null) {
				throw AwsError.validation("authorizerConfiguration",
						"Authorizer configuration is only allowed for authorizer type CUSTOM_JWT");
			}
			return null;
		}
		if (authorizer == null) {
			throw AwsError.validation("authorizerConfiguration",
					"Authorizer configuration is required for authorizer type CUSTOM_JWT");
		}
		JsonNode jwt = object(authorizer, "customJWTAuthorizer", true);
		string(jwt, "discoveryUrl", true, 1, 2048, DISCOVERY_URL);
		int rules = 0;
		for (String list : new String[] { "allowedAudience", "allowedClients", "allowedScopes", "customClaims" }) {
			JsonNode values = array(jwt, list, 255);
			rules += values == null ? 0 : values.size();
		}
		if (rules == 0) {
			throw AwsError.validation("authorizerConfiguration.customJWTAuthorizer",
					"At least one of allowedAudience, allowedClients, allowedScopes or customClaims must be set");
		}
		return authorizer;
	}

}
