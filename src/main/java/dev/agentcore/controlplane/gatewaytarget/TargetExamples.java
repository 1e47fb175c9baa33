package dev.agentcore.controlplane.gatewaytarget;

/** One request example per target type, for the OpenAPI document. */
final class TargetExamples {

	static final String OPENAPI = """
			{"name": "orders-api", "description": "Orders REST API", "type": "OPENAPI",
			 "openApi": {"s3": {"uri": "s3://my-schemas/orders-api.yaml", "bucketOwnerAccountId": "123456789012"}},
			 "credentials": {"type": "API_KEY",
			   "providerArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/apikeycredentialprovider/orders",
			   "parameterName": "x-api-key", "location": "HEADER"}}""";

	static final String SMITHY = """
			{"name": "dynamodb", "description": "Amazon DynamoDB as tools", "type": "SMITHY",
			 "smithy": {"s3": {"uri": "s3://my-models/dynamodb-2012-08-10.json"}}}""";

	static final String LAMBDA = """
			{"name": "weather", "description": "Weather tools", "type": "LAMBDA",
			 "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:weather",
			   "toolSchema": {"inline": [{"name": "get_weather", "description": "Current weather for a city",
			     "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]}}}""";

	static final String MCP_SERVER = """
			{"name": "github-mcp", "description": "GitHub's MCP server", "type": "MCP_SERVER",
			 "mcpServer": {"endpoint": "https://mcp.example.com/mcp"},
			 "credentials": {"type": "OAUTH",
			   "providerArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/github",
			   "scopes": ["repo"], "grantType": "CLIENT_CREDENTIALS"}}""";

	static final String API_GATEWAY = """
			{"name": "pets", "description": "Pet store REST API", "type": "API_GATEWAY",
			 "apiGateway": {"restApiId": "a1b2c3d4e5", "stage": "prod",
			   "toolFilters": [{"path": "/pets", "methods": ["GET", "POST"]}],
			   "toolOverrides": [{"name": "list_pets", "description": "List the pets", "path": "/pets", "method": "GET"}]}}""";

	static final String AGENTCORE_RUNTIME = """
			{"name": "orders-agent", "description": "The orders agent on AgentCore Runtime", "type": "AGENTCORE_RUNTIME",
			 "agentcoreRuntime": {"runtimeArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/orders_agent-a1b2c3d4e5",
			   "qualifier": "DEFAULT"},
			 "credentials": {"type": "GATEWAY_IAM_ROLE", "signing": {"service": "bedrock-agentcore", "region": "us-east-1"}},
			 "metadata": {"allowedRequestHeaders": ["x-correlation-id"]}}""";

	static final String MCP_SERVER_STATIC_TOOLS = """
			{"name": "calendar", "description": "A calendar MCP server acting for the user", "type": "MCP_SERVER",
			 "mcpServer": {"endpoint": "https://calendar.example.com/mcp", "listingMode": "DEFAULT", "resourcePriority": 10,
			   "toolSchema": {"inline": [{"name": "list_events", "description": "The user's events of a day",
			     "inputSchema": {"type": "object", "properties": {"day": {"type": "string"}}, "required": ["day"]}}]}},
			 "credentials": {"type": "OAUTH",
			   "providerArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/google",
			   "scopes": ["calendar.readonly"], "grantType": "AUTHORIZATION_CODE", "defaultReturnUrl": "https://app.example.com/done"},
			 "metadata": {"allowedRequestHeaders": ["x-correlation-id"], "allowedResponseHeaders": ["x-rate-limit"]}}""";

	private TargetExamples() {
	}

}
