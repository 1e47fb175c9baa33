package dev.agentcore.controlplane.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CreateGatewayTarget / UpdateGatewayTarget: the outbound-authorization matrix of the developer
 * guide and the rules its API reference states between members; the model's own constraints are
 * checked before, by {@link ModelInputChecks}.
 */
final class TargetInputRules {

	static final int INLINE_LIMIT_BYTES = 1024 * 1024;

	private static final Set<String> ALL_GRANTS = Set.of("CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "TOKEN_EXCHANGE");

	/** Credential types per kind of target; NONE is a request without credentials. */
	private static final Map<String, Set<String>> CREDENTIALS = Map.of(
			"openApiSchema", Set.of("NONE", "GATEWAY_IAM_ROLE", "OAUTH", "API_KEY"),
			"smithyModel", Set.of("GATEWAY_IAM_ROLE", "OAUTH"),
			"lambda", Set.of("GATEWAY_IAM_ROLE"),
			"mcpServer", Set.of("NONE", "GATEWAY_IAM_ROLE", "OAUTH", "API_KEY"),
			"apiGateway", Set.of("NONE", "GATEWAY_IAM_ROLE", "API_KEY"),
			"agentcoreRuntime", Set.of("GATEWAY_IAM_ROLE", "CALLER_IAM_CREDENTIALS", "OAUTH", "JWT_PASSTHROUGH"));

	private static final Map<String, Set<String>> GRANTS = Map.of("openApiSchema", ALL_GRANTS, "mcpServer", ALL_GRANTS,
			"smithyModel", Set.of("CLIENT_CREDENTIALS"), "agentcoreRuntime", Set.of("CLIENT_CREDENTIALS"));

	/** Kinds whose SigV4 signing name the gateway must be told; for the others it knows it or has none. */
	private static final Set<String> NEEDS_SIGNING_NAME = Set.of("mcpServer", "openApiSchema");

	private static final Set<String> TAKES_SIGNING_NAME = Set.of("mcpServer", "openApiSchema", "agentcoreRuntime");

	private static final Map<String, String> PROVIDER = Map.of("OAUTH", "oauthCredentialProvider", "API_KEY",
			"apiKeyCredentialProvider");

	private TargetInputRules() {
	}

	static TargetInput create(JsonNode request) {
		return input(request);
	}

	static TargetInput update(JsonNode request) {
		return input(request);
	}

	private static TargetInput input(JsonNode request) {
		ObjectNode members = ((ObjectNode) request).deepCopy();
		JsonNode name = members.remove("name");
		if (name == null || name.isNull()) {
			// the 2026 model makes the name optional (AWS names some targets itself); the simulator keeps targets by name
			throw AwsError.validation("name", "The simulator needs a target name");
		}
		JsonNode token = members.remove("clientToken");
		String kind = kind(members.get("targetConfiguration"));
		tooLarge(members.at("/targetConfiguration/mcp/" + kind + "/inlinePayload"), "targetConfiguration.mcp." + kind);
		tooLarge(members.at("/targetConfiguration/mcp/lambda/toolSchema/inlinePayload"), "targetConfiguration.mcp.lambda.toolSchema");
		TargetInput input = new TargetInput(name.asString(), token == null ? null : token.asString(), members, kind);
		credentials(input);
		return input;
	}

	private static String kind(JsonNode configuration) {
		for (String union : new String[] { "mcp", "http" }) {
			if (configuration.has(union)) {
				String kind = configuration.get(union).propertyNames().iterator().next();
				if (CREDENTIALS.containsKey(kind)) {
					return kind;
				}
				throw AwsError.validation("targetConfiguration." + union + "." + kind, "The simulator does not model "
						+ kind + " targets");
			}
		}
		throw AwsError.validation("targetConfiguration.inference", "The simulator does not model inference targets");
	}

	/** The outbound-authorization matrix, and which credential provider each credential type takes. */
	private static void credentials(TargetInput input) {
		String type = input.credentialType();
		String kind = input.kind();
		if (!CREDENTIALS.get(kind).contains(type)) {
			throw AwsError.validation("credentialProviderConfigurations", kind + " targets support " + CREDENTIALS.get(kind)
					+ " outbound authorization, not " + type);
		}
		JsonNode provider = input.members().at("/credentialProviderConfigurations/0/credentialProvider");
		String path = "credentialProviderConfigurations.1.credentialProvider";
		String member = provider.isMissingNode() || provider.isNull() ? null : provider.propertyNames().iterator().next();
		if (type.equals("GATEWAY_IAM_ROLE")) {
			if (member != null && !member.equals("iamCredentialProvider")) {
				throw AwsError.validation(path, "GATEWAY_IAM_ROLE takes no " + member);
			}
			if (member == null && NEEDS_SIGNING_NAME.contains(kind)) {
				throw AwsError.validation(path + ".iamCredentialProvider", kind
						+ " targets signed with the gateway's role need the SigV4 service name");
			}
			if (member != null && !TAKES_SIGNING_NAME.contains(kind)) {
				throw AwsError.validation(path + ".iamCredentialProvider", "The service name of " + kind
						+ " targets is known; iamCredentialProvider is not taken");
			}
		}
		else if (PROVIDER.containsKey(type) ? !PROVIDER.get(type).equals(member) : member != null) {
			throw AwsError.validation(path, type + (PROVIDER.containsKey(type) ? " needs " + PROVIDER.get(type)
					: " takes no credential provider"));
		}
		if (type.equals("OAUTH")) {
			String grant = provider.at("/oauthCredentialProvider/grantType").asString("CLIENT_CREDENTIALS");
			if (!GRANTS.get(kind).contains(grant)) {
				throw AwsError.validation(path + ".oauthCredentialProvider.grantType", kind + " targets support the "
						+ GRANTS.get(kind) + " grants, not " + grant);
			}
		}
		if (input.members().at("/targetConfiguration/mcp/mcpServer").has("mcpToolSchema")
				&& !"AUTHORIZATION_CODE".equals(provider.at("/oauthCredentialProvider/grantType").asString(null))) {
			throw AwsError.validation("targetConfiguration.mcp.mcpServer.mcpToolSchema",
					"A tool schema is supported only when the credential provider uses the authorization code grant");
		}
	}

	private static void tooLarge(JsonNode inline, String field) {
		if (inline.isMissingNode()) {
			return;
		}
		int bytes = (inline.isString() ? inline.asString() : inline.toString()).getBytes(StandardCharsets.UTF_8).length;
		if (bytes > INLINE_LIMIT_BYTES) {
			throw AwsError.validation(field + ".inlinePayload", "Member must be at most 1 MB (" + bytes + " bytes given)");
		}
	}

}
