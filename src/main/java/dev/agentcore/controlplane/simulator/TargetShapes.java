package dev.agentcore.controlplane.simulator;

import static dev.agentcore.controlplane.simulator.WireShape.UNBOUNDED;
import static dev.agentcore.controlplane.simulator.WireShape.document;
import static dev.agentcore.controlplane.simulator.WireShape.enumOf;
import static dev.agentcore.controlplane.simulator.WireShape.integer;
import static dev.agentcore.controlplane.simulator.WireShape.list;
import static dev.agentcore.controlplane.simulator.WireShape.map;
import static dev.agentcore.controlplane.simulator.WireShape.string;
import static dev.agentcore.controlplane.simulator.WireShape.struct;
import static dev.agentcore.controlplane.simulator.WireShape.union;

/**
 * The CreateGatewayTarget and UpdateGatewayTarget inputs as the service model declares them (2026
 * model: AgentCore Runtime targets, MCP servers' static tool schemas, SigV4 signing names, caller
 * IAM and JWT passthrough credentials, token exchange, metadata propagation). Connector, inference
 * and passthrough targets and private endpoints are stored as documents.
 */
final class TargetShapes {

	static final String NAME = "^([0-9a-zA-Z][-]?){1,100}$";

	static final String PROVIDER_ARN = "^arn:([^:]*):([^:]*):([^:]*):([0-9]{12})?:(.+)$";

	static final String RUNTIME_ARN = "^arn:aws(-[^:]+)?:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:runtime/[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$";

	static final WireShape S3 = struct().optional("uri", string(0, UNBOUNDED, "^s3://.{1,2043}$"))
		.optional("bucketOwnerAccountId", string(0, UNBOUNDED, "^[0-9]{12}$"));

	static final WireShape API_SCHEMA = union().optional("s3", S3).optional("inlinePayload", string());

	static final WireShape.Struct SCHEMA_DEFINITION = struct();

	static {
		SCHEMA_DEFINITION.required("type", enumOf("string", "number", "object", "array", "boolean", "integer"))
			.optional("properties", map(string(), SCHEMA_DEFINITION, 0, UNBOUNDED))
			.optional("required", list(string(), 0, UNBOUNDED))
			.optional("items", SCHEMA_DEFINITION)
			.optional("description", string());
	}

	static final WireShape TOOL_DEFINITIONS = list(struct().required("name", string())
		.required("description", string())
		.required("inputSchema", SCHEMA_DEFINITION)
		.optional("outputSchema", SCHEMA_DEFINITION), 0, UNBOUNDED);

	static final WireShape METHODS = list(enumOf("GET", "DELETE", "HEAD", "OPTIONS", "PATCH", "PUT", "POST"), 0, UNBOUNDED);

	static final WireShape MCP = union().optional("openApiSchema", API_SCHEMA)
		.optional("smithyModel", API_SCHEMA)
		.optional("lambda", struct().required("lambdaArn", string(1, 170, GatewayShapes.LAMBDA_ARN))
			.required("toolSchema", union().optional("s3", S3).optional("inlinePayload", TOOL_DEFINITIONS)))
		.optional("mcpServer", struct().required("endpoint", string(0, UNBOUNDED, "^https://.*"))
			.optional("mcpToolSchema", API_SCHEMA)
			.optional("listingMode", enumOf("DEFAULT", "DYNAMIC"))
			.optional("resourcePriority", integer(0, 1000)))
		.optional("apiGateway", struct().required("restApiId", string())
			.required("stage", string())
			.required("apiGatewayToolConfiguration", struct()
				.optional("toolOverrides", list(struct().required("name", string())
					.optional("description", string())
					.required("path", string())
					.required("method", enumOf("GET", "DELETE", "HEAD", "OPTIONS", "PATCH", "PUT", "POST")), 0, UNBOUNDED))
				.required("toolFilters", list(struct().required("filterPath", string()).required("methods", METHODS), 0,
						UNBOUNDED))))
		.optional("connector", document());

	static final WireShape HTTP = union().optional("agentcoreRuntime", struct().required("arn", string(0, UNBOUNDED, RUNTIME_ARN))
		.optional("qualifier", string(0, UNBOUNDED, "^(([1-9][0-9]{0,4})|([a-zA-Z][a-zA-Z0-9_]{0,47}))$"))
		.optional("schema", document())).optional("passthrough", document());

	static final WireShape CREDENTIALS = list(struct()
		.required("credentialProviderType", enumOf("GATEWAY_IAM_ROLE", "OAUTH", "API_KEY", "CALLER_IAM_CREDENTIALS",
				"JWT_PASSTHROUGH"))
		.optional("credentialProvider", union()
			.optional("oauthCredentialProvider", struct().required("providerArn", string(0, UNBOUNDED, PROVIDER_ARN))
				.required("scopes", list(string(1, 64, null), 0, 100))
				.optional("customParameters", map(string(1, 256, null), string(1, 2048, null), 1, 10))
				.optional("grantType", enumOf("CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "TOKEN_EXCHANGE"))
				.optional("defaultReturnUrl", string(1, 2048, "^\\w+:(\\/?\\/?)[^\\s]+$")))
			.optional("apiKeyCredentialProvider", struct().required("providerArn", string(0, UNBOUNDED, PROVIDER_ARN))
				.optional("credentialParameterName", string(1, 64, null))
				.optional("credentialPrefix", string(1, 64, null))
				.optional("credentialLocation", enumOf("HEADER", "QUERY_PARAMETER")))
			.optional("iamCredentialProvider", struct().required("service", string(1, 64, "^[a-zA-Z0-9._-]+$"))
				.optional("region", string(1, 32, "^[a-zA-Z0-9-]+$")))), 1, 1);

	static final WireShape METADATA = struct().optional("allowedRequestHeaders", list(string(1, 100, null), 1, 10))
		.optional("allowedQueryParameters", list(string(1, 40, null), 1, 10))
		.optional("allowedResponseHeaders", list(string(1, 100, null), 1, 10));

	static final WireShape CREATE = common(struct()).optional("clientToken", string(33, 256, GatewayShapes.CLIENT_TOKEN));

	static final WireShape UPDATE = common(struct());

	private TargetShapes() {
	}

	private static WireShape.Struct common(WireShape.Struct request) {
		return request.optional("name", string(0, UNBOUNDED, NAME))
			.optional("description", string(1, 200, null))
			.required("targetConfiguration", union().optional("mcp", MCP).optional("http", HTTP).optional("inference", document()))
			.optional("credentialProviderConfigurations", CREDENTIALS)
			.optional("metadataConfiguration", METADATA)
			.optional("privateEndpoint", document());
	}

}
