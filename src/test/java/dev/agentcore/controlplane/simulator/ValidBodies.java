package dev.agentcore.controlplane.simulator;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A valid body per operation of the model-driven constraint table, that its rows start from. */
final class ValidBodies {

	static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:redact";

	static final String GATEWAY = """
			{"name": "valid", "description": "d", "roleArn": "arn:aws:iam::123456789012:role/gateway", "protocolType": "MCP",
			 "authorizerType": "CUSTOM_JWT",
			 "authorizerConfiguration": {"customJWTAuthorizer": {"discoveryUrl": "https://issuer.example.com/.well-known/openid-configuration",
			   "allowedScopes": ["tools:read"], "advertisedScopeMapping": {"tools:read": "read"}}},
			 "protocolConfiguration": {"mcp": {"instructions": "i", "searchType": "SEMANTIC"}},
			 "kmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "exceptionLevel": "DEBUG",
			 "interceptorConfigurations": [{"interceptor": {"lambda": {"arn": "%s"}}, "interceptionPoints": ["REQUEST"],
			   "inputConfiguration": {"passRequestHeaders": true}}],
			 "policyEngineConfiguration": {"arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/payments-a1b2c3d4e5",
			   "mode": "LOG_ONLY"}%s}""";

	static final String TARGET = """
			{"name": "valid", "description": "d", "targetConfiguration": {"mcp": {"lambda": {"lambdaArn": "%s",
			 "toolSchema": {"inlinePayload": [{"name": "t", "description": "d", "inputSchema": {"type": "object"}}]}}}},
			 "credentialProviderConfigurations": [{"credentialProviderType": "GATEWAY_IAM_ROLE"}]%s}""";

	static final String STATEMENT = "permit(principal, action, resource is AgentCore::Gateway);";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> BODIES = Map.of(
			"CreateGateway", GATEWAY.formatted(LAMBDA, ", \"tags\": {\"team\": \"payments\"}"),
			"UpdateGateway", GATEWAY.formatted(LAMBDA, ""),
			"CreateGatewayTarget", TARGET.formatted(LAMBDA, ""),
			"UpdateGatewayTarget", TARGET.formatted(LAMBDA, ""),
			"CreatePolicyEngine", "{\"name\": \"engine\", \"description\": \"d\"}",
			"CreatePolicy", "{\"name\": \"policy\", \"description\": \"d\", \"definition\": {\"cedar\": {\"statement\": \""
					+ STATEMENT + "\"}}}",
			"UpdatePolicy", "{\"description\": {\"optionalValue\": \"d\"}, \"definition\": {\"cedar\": {\"statement\": \""
					+ STATEMENT + "\"}}}");

	private ValidBodies() {
	}

	static ObjectNode of(String operation) {
		return (ObjectNode) JSON.readTree(BODIES.get(operation));
	}

}
