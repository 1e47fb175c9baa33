package dev.agentcore.controlplane.support;

import java.util.UUID;

/** Request bodies the API tests send, named after what they declare. */
public final class Fixtures {

	private Fixtures() {
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public static String openGateway(String name) {
		return """
				{"name": "%s", "description": "test gateway", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "NONE"}}""".formatted(name);
	}

	public static String jwtGateway(String name, String idpProfileId) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "%s"}}""".formatted(name, idpProfileId);
	}

	public static String cognitoProfile(String name) {
		return """
				{"name": "%s", "provider": "COGNITO",
				 "discoveryUrl": "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_abc123/.well-known/openid-configuration",
				 "allowedClients": ["client-1"]}""".formatted(name);
	}

	public static String lambdaTarget(String name) {
		return """
				{"name": "%s", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:weather",
				 "toolSchema": {"inline": [{"name": "get_weather", "description": "Weather for a city",
				   "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]}}}"""
			.formatted(name);
	}

	public static String mcpTarget(String name) {
		return """
				{"name": "%s", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://mcp.example.com/mcp"}}""".formatted(name);
	}

}
