package dev.agentcore.controlplane.gatewaytarget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.agentcore.controlplane.gatewaytarget.Credentials.CredentialType;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ApiGateway;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.Lambda;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.McpServer;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.S3Location;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.SchemaSource;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ToolDefinition;
import dev.agentcore.controlplane.gatewaytarget.TargetBlocks.ToolSchema;
import dev.agentcore.controlplane.web.Problems.FieldError;

import static dev.agentcore.controlplane.support.Collected.violations;
import static org.assertj.core.api.Assertions.assertThat;

/** The block of each target type and its shape, checked across fields; all problems at once. */
class TargetRulesTests {

	static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:weather";

	static final String OPENAPI = """
			{"openapi": "3.0.3", "info": {"title": "Orders", "version": "1"},
			 "paths": {"/orders": {"get": {"operationId": "listOrders", "responses": {"200": {"description": "ok"}}}}}}""";

	static final String SMITHY = """
			{"smithy": "2.0", "shapes": {"example#Orders": {"type": "service", "version": "1"}}}""";

	@ParameterizedTest
	@MethodSource("validTargets")
	void wellFormedTargetOfEveryTypePasses(TargetRequest request) {
		assertThat(violations(collector -> TargetRules.check(request, collector))).isEmpty();
	}

	static Stream<TargetRequest> validTargets() {
		return Stream.of(lambdaTarget(), openApiTarget(OPENAPI), openApiS3Target(), smithyTarget(SMITHY),
				mcpTarget("https://mcp.example.com/mcp"), apiGatewayTarget(), lambdaS3Target());
	}

	@ParameterizedTest
	@EnumSource(TargetType.class)
	void typeNeedsItsOwnBlockAndNoOther(TargetType type) {
		List<FieldError> missing = check(request(type, null, null, null, null, null, null));
		assertThat(missing).containsExactly(new FieldError(type.block(), "is required for type " + type));
		List<FieldError> everything = check(new TargetRequest("tools", null, type, new SchemaSource(s3("s3://schemas/a.yaml"), null),
				new SchemaSource(s3("s3://models/b.json"), null), new Lambda(FUNCTION, new ToolSchema(s3("s3://tools/t.json"), null)),
				new McpServer("https://mcp.example.com"), new ApiGateway("a1b2c3d4e5", "prod", null, null),
				new TargetBlocks.AgentcoreRuntime("arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/a-a1b2c3d4e5", null),
				null, null));
		List<FieldError> expected = new ArrayList<>();
		for (TargetType other : TargetType.values()) {
			if (other != type) {
				expected.add(new FieldError(other.block(),
						"must be absent for type " + type + " (set only '" + type.block() + "')"));
			}
		}
		assertThat(everything).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void withoutTypeNothingIsCheckedHere() {
		assertThat(check(request(null, new SchemaSource(null, null), null, null, new McpServer("http://x"), null,
				Credentials.of(CredentialType.OAUTH)))).as("Bean Validation reports the missing type").isEmpty();
	}

	@ParameterizedTest
	@MethodSource("schemaTypes")
	void schemaIsInS3OrInlineNotBothNorNeither(TargetType type, String block) {
		assertThat(check(schemaTarget(type, new SchemaSource(null, null))))
			.containsExactly(new FieldError(block, "set exactly one of 's3' and 'inline'"));
		assertThat(check(schemaTarget(type, new SchemaSource(s3("s3://schemas/a.json"), "{}"))))
			.as("the inline text is not looked at once both are set")
			.containsExactly(new FieldError(block, "set exactly one of 's3' and 'inline'"));
	}

	@ParameterizedTest
	@MethodSource("schemaTypes")
	void inlineSchemaIsLimitedToOneMegabyteBeforeItIsParsed(TargetType type, String block) {
		String huge = "x".repeat(TargetRules.INLINE_LIMIT_BYTES + 1);
		assertThat(check(schemaTarget(type, new SchemaSource(null, huge)))).containsExactly(new FieldError(block + ".inline",
				"is " + (TargetRules.INLINE_LIMIT_BYTES + 1) + " bytes; inline schemas are limited to 1 MB, put larger ones in S3"));
		String multiByte = "é".repeat(TargetRules.INLINE_LIMIT_BYTES / 2 + 1);
		assertThat(check(schemaTarget(type, new SchemaSource(null, multiByte)))).as("bytes in UTF-8, not characters")
			.extracting(FieldError::message)
			.containsExactly("is " + (TargetRules.INLINE_LIMIT_BYTES + 2)
					+ " bytes; inline schemas are limited to 1 MB, put larger ones in S3");
	}

	static Stream<Arguments> schemaTypes() {
		return Stream.of(Arguments.of(TargetType.OPENAPI, "openApi"), Arguments.of(TargetType.SMITHY, "smithy"));
	}

	@Test
	void inlineSchemasAreCheckedAsTheirOwnKind() {
		assertThat(check(openApiTarget(SMITHY)))
			.containsExactly(new FieldError("openApi.inline", "must be an OpenAPI 3.x document (JSON or YAML with 'openapi: 3.x')"));
		assertThat(check(smithyTarget(OPENAPI))).as("an OpenAPI document is no Smithy model").containsExactly(
				new FieldError("smithy.inline", "must have a 'smithy' version, e.g. \"2.0\""),
				new FieldError("smithy.inline", "must have a non-empty 'shapes' object"));
		assertThat(check(openApiTarget("""
				{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
				 "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}}}""")))
			.containsExactly(new FieldError("openApi.inline", "GET /a has no operationId; AgentCore names tools after them"));
	}

	@Test
	void lambdaToolsAreInS3OrInlineNotBothNorNeither() {
		assertThat(check(lambda(new ToolSchema(null, null))))
			.containsExactly(new FieldError("lambda.toolSchema", "set exactly one of 's3' and 'inline'"));
		assertThat(check(lambda(new ToolSchema(s3("s3://tools/t.json"), List.of(weatherTool())))))
			.containsExactly(new FieldError("lambda.toolSchema", "set exactly one of 's3' and 'inline'"));
		assertThat(check(lambda(null))).as("Bean Validation reports the missing tool schema").isEmpty();
	}

	@Test
	void lambdaToolSchemasRefuseKeywordsAgentCoresSchemaDefinitionWouldDropWhileMcpServerToolsKeepThem() {
		Map<String, Object> schema = Map.of("type", "object", "properties",
				Map.of("unit", Map.of("type", "string", "enum", List.of("C", "F"))), "additionalProperties", false);
		assertThat(check(lambda(new ToolSchema(null, List.of(tool("get_weather", schema))))))
			.extracting(FieldError::field)
			.containsExactly("lambda.toolSchema.inline[0].inputSchema.additionalProperties",
					"lambda.toolSchema.inline[0].inputSchema.properties.unit.enum");
		assertThat(check(lambda(new ToolSchema(null, List.of(tool("get_weather", schema))))).getFirst().message())
			.contains("type, description, properties, required, items").contains("MCP server");
		TargetRequest server = request(TargetType.MCP_SERVER, null, null, null, new McpServer("https://tools.example.com/mcp",
				new ToolSchema(null, List.of(tool("get_weather", schema))), null, null), null, null);
		assertThat(check(server)).noneMatch(error -> error.field().contains("inputSchema"));
	}

	@Test
	void lambdaNeedsAtLeastOneTool() {
		assertThat(check(lambda(new ToolSchema(null, List.of()))))
			.containsExactly(new FieldError("lambda.toolSchema.inline", "must define at least one tool"));
	}

	@Test
	void toolNamesAreUniqueInTheTarget() {
		List<ToolDefinition> tools = new ArrayList<>(List.of(weatherTool(), tool("forecast", objectSchema()), weatherTool()));
		tools.add(1, null);
		assertThat(check(lambda(new ToolSchema(null, tools)))).as("a null entry is Bean Validation's to report")
			.containsExactly(new FieldError("lambda.toolSchema.inline[3].name", "'get_weather' is defined twice"));
	}

	@Test
	void toolSchemasMustBeJsonSchemas() {
		String types = "must be one of ";
		List<FieldError> errors = check(lambda(new ToolSchema(null, List.of(
				tool("no-type", Map.<String, Object>of("properties", Map.of())),
				tool("bad-type", Map.<String, Object>of("type", "map")),
				tool("list-type", Map.<String, Object>of("type", List.of("string", "null"))),
				tool("bad-members", Map.<String, Object>of("type", "object", "properties", List.of("city"), "required", "city")),
				new ToolDefinition("bad-output", "d", objectSchema(), Map.<String, Object>of("type", "tuple")),
				new ToolDefinition("good-output", "d", objectSchema(), Map.<String, Object>of("type", "string")),
				new ToolDefinition("no-input", "d", null, null)))));
		assertThat(errors).extracting(FieldError::field).containsExactly(
				"lambda.toolSchema.inline[0].inputSchema.type", "lambda.toolSchema.inline[1].inputSchema.type",
				"lambda.toolSchema.inline[2].inputSchema.type", "lambda.toolSchema.inline[3].inputSchema.properties",
				"lambda.toolSchema.inline[3].inputSchema.required", "lambda.toolSchema.inline[4].outputSchema.type");
		assertThat(errors.get(0).message()).startsWith(types)
			.contains("object", "string", "number", "integer", "boolean", "array")
			.as("AgentCore's SchemaType has no null")
			.doesNotContain("null");
		assertThat(errors.get(3).message()).isEqualTo("must be an object of property schemas");
		assertThat(errors.get(4).message()).isEqualTo("must be an array of property names");
		assertThat(errors.get(5).message()).startsWith(types);
	}

	@Test
	void everyTypeOfAgentCoresSchemaDefinitionIsAcceptedAndNullIsNot() {
		List<ToolDefinition> tools = Stream.of("object", "string", "number", "integer", "boolean", "array")
			.map(type -> tool("t-" + type, Map.<String, Object>of("type", type)))
			.toList();
		assertThat(check(lambda(new ToolSchema(null, tools)))).isEmpty();
		assertThat(check(lambda(new ToolSchema(null, List.of(tool("t-null", Map.<String, Object>of("type", "null")))))))
			.extracting(FieldError::field)
			.containsExactly("lambda.toolSchema.inline[0].inputSchema.type");
	}

	@Test
	void inlineToolsAreLimitedToOneMegabyte() {
		ToolDefinition big = new ToolDefinition("big", "d".repeat(TargetRules.INLINE_LIMIT_BYTES), objectSchema(), null);
		assertThat(check(lambda(new ToolSchema(null, List.of(big))))).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("lambda.toolSchema.inline");
			assertThat(error.message()).matches("is \\d+ bytes; inline schemas are limited to 1 MB, put larger ones in S3");
		});
	}

	@Test
	void mcpEndpointIsAnHttpsUrlWithAHost() {
		FieldError https = new FieldError("mcpServer.endpoint", "must be an https URL");
		assertThat(check(mcpTarget("http://mcp.example.com/mcp"))).containsExactly(https);
		assertThat(check(mcpTarget("https:///mcp"))).as("no host").containsExactly(https);
		assertThat(check(mcpTarget("https://mcp example.com"))).as("not a URI").containsExactly(https);
		assertThat(check(mcpTarget("mcp.example.com/mcp"))).as("no scheme").containsExactly(https);
		assertThat(check(mcpTarget("https://mcp.example.com:8443/mcp?x=1"))).isEmpty();
		assertThat(check(mcpTarget(null))).as("Bean Validation reports the blank endpoint").isEmpty();
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		TargetRequest request = request(TargetType.MCP_SERVER, null, new SchemaSource(null, "{}"), null,
				new McpServer("http://mcp.example.com"), null,
				new Credentials(CredentialType.NONE, PROVIDER, List.of("read"), null, null, null, "key", null, null));
		assertThat(check(request)).extracting(FieldError::field).containsExactly("credentials", "credentials",
				"credentials.providerArn", "mcpServer.endpoint", "smithy");
	}

	private static List<FieldError> check(TargetRequest request) {
		return violations(collector -> TargetRules.check(request, collector));
	}

	static final String PROVIDER = "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/github";

	static TargetRequest request(TargetType type, SchemaSource openApi, SchemaSource smithy, Lambda lambda, McpServer mcp,
			ApiGateway apiGateway, Credentials credentials) {
		return new TargetRequest("tools", null, type, openApi, smithy, lambda, mcp, apiGateway, credentials);
	}

	static TargetRequest lambdaTarget() {
		return lambda(new ToolSchema(null, List.of(weatherTool())));
	}

	static TargetRequest lambdaS3Target() {
		return lambda(new ToolSchema(s3("s3://tools/weather.json"), null));
	}

	static TargetRequest lambda(ToolSchema tools) {
		return request(TargetType.LAMBDA, null, null, new Lambda(FUNCTION, tools), null, null, null);
	}

	static TargetRequest openApiTarget(String inline) {
		return schemaTarget(TargetType.OPENAPI, new SchemaSource(null, inline));
	}

	static TargetRequest openApiS3Target() {
		return schemaTarget(TargetType.OPENAPI, new SchemaSource(s3("s3://schemas/orders.yaml"), null));
	}

	static TargetRequest smithyTarget(String inline) {
		return schemaTarget(TargetType.SMITHY, new SchemaSource(null, inline));
	}

	static TargetRequest schemaTarget(TargetType type, SchemaSource source) {
		return request(type, type == TargetType.OPENAPI ? source : null, type == TargetType.SMITHY ? source : null, null,
				null, null, null);
	}

	static TargetRequest mcpTarget(String endpoint) {
		return request(TargetType.MCP_SERVER, null, null, null, new McpServer(endpoint), null, null);
	}

	static TargetRequest apiGatewayTarget() {
		return request(TargetType.API_GATEWAY, null, null, null, null, new ApiGateway("a1b2c3d4e5", "prod", null, null), null);
	}

	static TargetRequest withCredentials(Credentials credentials) {
		return request(TargetType.MCP_SERVER, null, null, null, new McpServer("https://mcp.example.com"), null, credentials);
	}

	static ToolDefinition weatherTool() {
		return tool("get_weather", objectSchema());
	}

	static ToolDefinition tool(String name, Map<String, Object> inputSchema) {
		return new ToolDefinition(name, "a tool", inputSchema, null);
	}

	static Map<String, Object> objectSchema() {
		return Map.<String, Object>of("type", "object", "properties", Map.of("city", Map.of("type", "string")), "required", List.of("city"));
	}

	static S3Location s3(String uri) {
		return new S3Location(uri, null);
	}

}
