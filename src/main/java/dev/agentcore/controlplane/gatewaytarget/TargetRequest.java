package dev.agentcore.controlplane.gatewaytarget;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dev.agentcore.controlplane.network.PrivateEndpoint;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.AgentcoreRuntime;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ApiGateway;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Lambda;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Metadata;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;
import dev.agentcore.controlplane.servicemodel.ModelMember;

/**
 * A target as a team declares it (POST) or replaces it (PUT). Exactly the block of its type is set.
 *
 * @param name unique in the gateway; letters, digits and single hyphens, at most 100; cannot change
 * @param type OPENAPI, SMITHY, LAMBDA, MCP_SERVER, API_GATEWAY or AGENTCORE_RUNTIME; cannot change
 * @param openApi OPENAPI: the OpenAPI 3 schema, every operation with an operationId
 * @param smithy SMITHY: the Smithy model as JSON AST
 * @param lambda LAMBDA: the function and its tools
 * @param mcpServer MCP_SERVER: the server's https endpoint, and optionally a static tool list, listing mode, priority
 * @param apiGateway API_GATEWAY: the REST API and stage
 * @param agentcoreRuntime AGENTCORE_RUNTIME: the runtime (an agent or MCP server on AgentCore Runtime) and endpoint
 * @param credentials how the gateway authenticates to the target; see the type's allowed kinds
 * @param metadata request headers, query parameters and response headers passed through
 * @param privateEndpoint how AgentCore reaches a backend inside a VPC; left out, an endpoint set outside the control
 * plane is kept
 * @param synchronization MCP_SERVER: synchronize the tools on a schedule, {@code {"every": "PT6H"}} (PT1H to P30D)
 */
@Schema(example = """
		{"name": "weather", "description": "Weather tools", "type": "LAMBDA",
		 "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:weather",
		   "toolSchema": {"inline": [{"name": "get_weather", "description": "Current weather for a city",
		     "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}]}}}""")
public record TargetRequest(
		@NotBlank @ModelMember(value = "CreateGatewayTargetRequest.name", hint = "letters and digits with single hyphens between them") String name,
		@ModelMember("CreateGatewayTargetRequest.description") String description, @NotNull TargetType type,
		@Schema(example = "{\"s3\": {\"uri\": \"s3://my-schemas/orders-api.yaml\"}}") @Valid SchemaSource openApi,
		@Schema(example = "{\"s3\": {\"uri\": \"s3://my-models/dynamodb.json\"}}") @Valid SchemaSource smithy,
		@Valid Lambda lambda,
		@Schema(example = "{\"endpoint\": \"https://mcp.example.com/mcp\"}") @Valid McpServer mcpServer,
		@Schema(example = "{\"restApiId\": \"a1b2c3d4e5\", \"stage\": \"prod\", \"toolFilters\": [{\"path\": \"/orders\", \"methods\": [\"GET\"]}]}") @Valid ApiGateway apiGateway,
		@Schema(example = "{\"runtimeArn\": \"arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/orders_agent-a1b2c3d4e5\"}") @Valid AgentcoreRuntime agentcoreRuntime,
		@Valid Credentials credentials, @Valid Metadata metadata, @Valid PrivateEndpoint privateEndpoint,
		SynchronizationSchedule synchronization) {

	/** A request without a synchronization schedule. */
	public TargetRequest(String name, String description, TargetType type, SchemaSource openApi, SchemaSource smithy,
			Lambda lambda, McpServer mcpServer, ApiGateway apiGateway, AgentcoreRuntime agentcoreRuntime,
			Credentials credentials, Metadata metadata, PrivateEndpoint privateEndpoint) {
		this(name, description, type, openApi, smithy, lambda, mcpServer, apiGateway, agentcoreRuntime, credentials,
				metadata, privateEndpoint, null);
	}

	/** A request without a private endpoint. */
	public TargetRequest(String name, String description, TargetType type, SchemaSource openApi, SchemaSource smithy,
			Lambda lambda, McpServer mcpServer, ApiGateway apiGateway, AgentcoreRuntime agentcoreRuntime,
			Credentials credentials, Metadata metadata) {
		this(name, description, type, openApi, smithy, lambda, mcpServer, apiGateway, agentcoreRuntime, credentials,
				metadata, null);
	}

	/** A request without an AgentCore Runtime block or metadata. */
	TargetRequest(String name, String description, TargetType type, SchemaSource openApi, SchemaSource smithy, Lambda lambda,
			McpServer mcpServer, ApiGateway apiGateway, Credentials credentials) {
		this(name, description, type, openApi, smithy, lambda, mcpServer, apiGateway, null, credentials, null);
	}

	/** The spec this request declares, with the type's default credentials when none are given. */
	public TargetSpec spec() {
		Credentials effective = credentials != null ? credentials
				: type != null ? Credentials.of(type.defaultCredentials()) : null;
		return new TargetSpec(description, openApi, smithy, lambda, mcpServer, apiGateway, agentcoreRuntime, effective,
				metadata, privateEndpoint, synchronization);
	}

}
