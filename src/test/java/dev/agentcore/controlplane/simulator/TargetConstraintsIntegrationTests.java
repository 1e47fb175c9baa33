package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static dev.agentcore.controlplane.support.JsonEdits.string;
import static dev.agentcore.controlplane.support.JsonEdits.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint the service model declares for a target member we send, one row each: broken
 * on purpose, it is refused by our API (400 naming the field) and by the simulated AgentCore
 * (ValidationException naming the member). The valid bodies are accepted by both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "controlplane.provisioning.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetConstraintsIntegrationTests {

	static final String PROVIDER = "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/p";

	/** Valid bodies per base: our API's, then the wire's. */
	static final Map<String, String[]> BASES = Map.of(
			"LAMBDA", new String[] { """
					{"name": "valid", "description": "d", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:f",
					 "toolSchema": {"inline": [{"name": "t", "description": "d", "inputSchema": {"type": "object"}}]}}}""", """
					{"name": "valid", "description": "d", "targetConfiguration": {"mcp": {"lambda": {"lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:f",
					 "toolSchema": {"inlinePayload": [{"name": "t", "description": "d", "inputSchema": {"type": "object"}}]}}}},
					 "credentialProviderConfigurations": [{"credentialProviderType": "GATEWAY_IAM_ROLE"}]}""" },
			"API_GATEWAY", new String[] { """
					{"name": "valid", "type": "API_GATEWAY", "apiGateway": {"restApiId": "a1b2c3", "stage": "prod",
					 "toolFilters": [{"path": "/a", "methods": ["GET"]}]}}""", """
					{"name": "valid", "targetConfiguration": {"mcp": {"apiGateway": {"restApiId": "a1b2c3", "stage": "prod",
					 "apiGatewayToolConfiguration": {"toolFilters": [{"filterPath": "/a", "methods": ["GET"]}]}}}},
					 "credentialProviderConfigurations": [{"credentialProviderType": "GATEWAY_IAM_ROLE"}]}""" },
			"MCP_OAUTH", new String[] { """
					{"name": "valid", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://mcp.example.com/mcp", "listingMode": "DEFAULT",
					 "resourcePriority": 5},
					 "credentials": {"type": "OAUTH", "providerArn": "%s", "scopes": ["repo"], "customParameters": {"audience": "a"},
					   "grantType": "TOKEN_EXCHANGE"},
					 "metadata": {"allowedRequestHeaders": ["x-id"], "allowedQueryParameters": ["q"], "allowedResponseHeaders": ["x-r"]}}"""
				.formatted(PROVIDER), """
					{"name": "valid", "targetConfiguration": {"mcp": {"mcpServer": {"endpoint": "https://mcp.example.com/mcp",
					 "listingMode": "DEFAULT", "resourcePriority": 5}}},
					 "credentialProviderConfigurations": [{"credentialProviderType": "OAUTH", "credentialProvider": {"oauthCredentialProvider":
					   {"providerArn": "%s", "scopes": ["repo"], "customParameters": {"audience": "a"}, "grantType": "TOKEN_EXCHANGE"}}}],
					 "metadataConfiguration": {"allowedRequestHeaders": ["x-id"], "allowedQueryParameters": ["q"], "allowedResponseHeaders": ["x-r"]}}"""
				.formatted(PROVIDER) },
			"OPENAPI_KEY", new String[] { """
					{"name": "valid", "type": "OPENAPI", "openApi": {"s3": {"uri": "s3://schemas/a.yaml"}},
					 "credentials": {"type": "API_KEY", "providerArn": "%s", "parameterName": "x-api-key", "prefix": "Bearer"}}"""
				.formatted(PROVIDER), """
					{"name": "valid", "targetConfiguration": {"mcp": {"openApiSchema": {"s3": {"uri": "s3://schemas/a.yaml"}}}},
					 "credentialProviderConfigurations": [{"credentialProviderType": "API_KEY", "credentialProvider": {"apiKeyCredentialProvider":
					   {"providerArn": "%s", "credentialParameterName": "x-api-key", "credentialPrefix": "Bearer"}}}]}"""
				.formatted(PROVIDER) },
			"RUNTIME", new String[] { """
					{"name": "valid", "type": "AGENTCORE_RUNTIME",
					 "agentcoreRuntime": {"runtimeArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/agent-a1b2c3d4e5", "qualifier": "DEFAULT"},
					 "credentials": {"type": "GATEWAY_IAM_ROLE", "signing": {"service": "bedrock-agentcore", "region": "us-east-1"}}}""", """
					{"name": "valid", "targetConfiguration": {"http": {"agentcoreRuntime": {"arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/agent-a1b2c3d4e5",
					 "qualifier": "DEFAULT"}}},
					 "credentialProviderConfigurations": [{"credentialProviderType": "GATEWAY_IAM_ROLE", "credentialProvider":
					   {"iamCredentialProvider": {"service": "bedrock-agentcore", "region": "us-east-1"}}}]}""" });

	static final String OAUTH = "/credentialProviderConfigurations/0/credentialProvider/oauthCredentialProvider";

	static final String KEY = "/credentialProviderConfigurations/0/credentialProvider/apiKeyCredentialProvider";

	static final String SERVER = "/targetConfiguration/mcp/mcpServer";

	record Row(String constraint, String base, String apiPointer, String apiValue, String apiField, String wirePointer,
			String wireValue, String wireMember) {

		@Override
		public String toString() {
			return constraint;
		}

	}

	static Stream<Row> constraints() {
		String many = "[" + String.join(",", java.util.Collections.nCopies(11, "\"h\"")) + "]";
		return Stream.of(
				row("description at least 1", "LAMBDA", "/description", string(""), "description", "/description", "description"),
				row("description at most 200", "LAMBDA", "/description", string("d".repeat(201)), "description", "/description", "description"),
				row("tool input schema type", "LAMBDA", "/lambda/toolSchema/inline/0/inputSchema/type", string("null"),
						"lambda.toolSchema.inline[0].inputSchema.type",
						"/targetConfiguration/mcp/lambda/toolSchema/inlinePayload/0/inputSchema/type", "inputSchema.type"),
				row("API Gateway tool filters required", "API_GATEWAY", "/apiGateway/toolFilters", null, "apiGateway.toolFilters",
						"/targetConfiguration/mcp/apiGateway/apiGatewayToolConfiguration/toolFilters", "toolFilters"),
				row("tool filter methods required", "API_GATEWAY", "/apiGateway/toolFilters/0/methods", null,
						"apiGateway.toolFilters[0].methods",
						"/targetConfiguration/mcp/apiGateway/apiGatewayToolConfiguration/toolFilters/0/methods", "toolFilters.1.methods"),
				row("tool filter method enum", "API_GATEWAY", "/apiGateway/toolFilters/0/methods/0", string("FETCH"),
						"apiGateway.toolFilters[0].methods[0]",
						"/targetConfiguration/mcp/apiGateway/apiGatewayToolConfiguration/toolFilters/0/methods/0", "methods.1"),
				row("OAuth scopes required", "MCP_OAUTH", "/credentials/scopes", null, "credentials.scopes", OAUTH + "/scopes",
						"oauthCredentialProvider.scopes"),
				row("OAuth scope at most 64", "MCP_OAUTH", "/credentials/scopes/0", string("s".repeat(65)), "credentials.scopes[0]",
						OAUTH + "/scopes/0", "oauthCredentialProvider.scopes.1"),
				row("at most 100 OAuth scopes", "MCP_OAUTH", "/credentials/scopes",
						"[" + String.join(",", java.util.Collections.nCopies(101, "\"s\"")) + "]", "credentials.scopes",
						OAUTH + "/scopes", "oauthCredentialProvider.scopes"),
				row("custom parameters at least 1", "MCP_OAUTH", "/credentials/customParameters", "{}", "credentials.customParameters",
						OAUTH + "/customParameters", "customParameters"),
				row("custom parameters at most 10", "MCP_OAUTH", "/credentials/customParameters",
						dev.agentcore.controlplane.support.JsonEdits.entries(11, "p", "v"), "credentials.customParameters",
						OAUTH + "/customParameters", "customParameters"),
				row("grant type enum", "MCP_OAUTH", "/credentials/grantType", string("IMPLICIT"), "credentials.grantType",
						OAUTH + "/grantType", "grantType"),
				row("return URL pattern", "MCP_OAUTH", "/credentials/defaultReturnUrl", string("no url"), "credentials.defaultReturnUrl",
						OAUTH + "/defaultReturnUrl", "defaultReturnUrl"),
				row("API key prefix at least 1", "OPENAPI_KEY", "/credentials/prefix", string(""), "credentials.prefix",
						KEY + "/credentialPrefix", "credentialPrefix"),
				row("API key prefix at most 64", "OPENAPI_KEY", "/credentials/prefix", string("p".repeat(65)), "credentials.prefix",
						KEY + "/credentialPrefix", "credentialPrefix"),
				row("API key parameter at most 64", "OPENAPI_KEY", "/credentials/parameterName", string("p".repeat(65)),
						"credentials.parameterName", KEY + "/credentialParameterName", "credentialParameterName"),
				row("request headers at least 1", "MCP_OAUTH", "/metadata/allowedRequestHeaders", "[]", "metadata.allowedRequestHeaders",
						"/metadataConfiguration/allowedRequestHeaders", "allowedRequestHeaders"),
				row("request headers at most 10", "MCP_OAUTH", "/metadata/allowedRequestHeaders", many,
						"metadata.allowedRequestHeaders", "/metadataConfiguration/allowedRequestHeaders", "allowedRequestHeaders"),
				row("header names at most 100", "MCP_OAUTH", "/metadata/allowedResponseHeaders/0", string("h".repeat(101)),
						"metadata.allowedResponseHeaders[0]", "/metadataConfiguration/allowedResponseHeaders/0", "allowedResponseHeaders.1"),
				row("query parameters at most 40 characters", "MCP_OAUTH", "/metadata/allowedQueryParameters/0", string("q".repeat(41)),
						"metadata.allowedQueryParameters[0]", "/metadataConfiguration/allowedQueryParameters/0", "allowedQueryParameters.1"),
				row("metadata entries unique", "MCP_OAUTH", "/metadata/allowedRequestHeaders", "[\"x-id\", \"x-id\"]",
						"metadata.allowedRequestHeaders", "/metadataConfiguration/allowedRequestHeaders", "allowedRequestHeaders"),
				row("resource priority at most 1000", "MCP_OAUTH", "/mcpServer/resourcePriority", "1001", "mcpServer.resourcePriority",
						SERVER + "/resourcePriority", "resourcePriority"),
				row("resource priority at least 0", "MCP_OAUTH", "/mcpServer/resourcePriority", "-1", "mcpServer.resourcePriority",
						SERVER + "/resourcePriority", "resourcePriority"),
				row("listing mode enum", "MCP_OAUTH", "/mcpServer/listingMode", string("LAZY"), "mcpServer.listingMode",
						SERVER + "/listingMode", "listingMode"),
				row("runtime ARN pattern", "RUNTIME", "/agentcoreRuntime/runtimeArn",
						string("arn:aws:bedrock-agentcore:us-east-1:123456789012:agent/x"), "agentcoreRuntime.runtimeArn",
						"/targetConfiguration/http/agentcoreRuntime/arn", "agentcoreRuntime.arn"),
				row("runtime qualifier pattern (searched, as the model's RuntimeQualifier is unanchored)", "RUNTIME",
						"/agentcoreRuntime/qualifier", string("!-!"),
						"agentcoreRuntime.qualifier", "/targetConfiguration/http/agentcoreRuntime/qualifier", "qualifier"),
				row("signing service pattern", "RUNTIME", "/credentials/signing/service", string("bad service"),
						"credentials.signing.service", "/credentialProviderConfigurations/0/credentialProvider/iamCredentialProvider/service",
						"iamCredentialProvider.service"),
				row("signing region at most 32", "RUNTIME", "/credentials/signing/region", string("r".repeat(33)),
						"credentials.signing.region", "/credentialProviderConfigurations/0/credentialProvider/iamCredentialProvider/region",
						"iamCredentialProvider.region"));
	}

	static Row row(String constraint, String base, String apiPointer, String value, String apiField, String wirePointer,
			String wireMember) {
		return new Row(constraint, base, apiPointer, value, apiField, wirePointer, value, wireMember);
	}

	@LocalServerPort
	int port;

	ConfigurableApplicationContext simulator;

	Http wire;

	Api api;

	String apiTargets;

	String wireTargets;

	@BeforeAll
	void gatewaysOnBothSides() {
		simulator = AgentCoreSimulator.run("--server.port=0");
		wire = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
		api = Api.asTeam(port, unique("team"));
		apiTargets = "/api/v1/gateways/" + api.post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/gateway", "authorizer": {"type": "NONE"}}"""
			.formatted(unique("Rows"))).json().get("id").asString() + "/targets";
		wireTargets = AgentCoreWireController.BASE_PATH + "/gateways/" + wire.send("POST", AgentCoreWireController.BASE_PATH
				+ "/gateways/", null, "application/json", """
						{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/gateway", "authorizerType": "NONE"}"""
			.formatted(unique("Rows"))).json().get("gatewayId").asString() + "/targets/";
	}

	@AfterAll
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void theValidBodiesAreAcceptedByBoth() {
		for (Map.Entry<String, String[]> base : BASES.entrySet()) {
			String name = unique("valid");
			Http.Response ours = api.post(apiTargets, base.getValue()[0].replace("\"valid\"", string(name)));
			assertThat(ours.status()).as(base.getKey() + ": " + ours.body()).isEqualTo(202);
			Http.Response theirs = wire.send("POST", wireTargets, null, "application/json", base.getValue()[1].replace("\"valid\"", string(name)));
			assertThat(theirs.status()).as(base.getKey() + ": " + theirs.body()).isEqualTo(202);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("constraints")
	void aTargetBreakingTheConstraintIsRefusedByOurApiAndByTheSimulator(Row row) {
		String name = unique("row");
		String[] base = BASES.get(row.base());
		Http.Response ours = api.post(apiTargets, with(base[0].replace("\"valid\"", string(name)), row.apiPointer(), row.apiValue()));
		assertThat(ours.status()).as(ours.body()).isEqualTo(400);
		assertThat(ours.json().path("errors").valueStream().map(error -> error.get("field").asString()).toList())
			.as(ours.body()).contains(row.apiField());
		Http.Response theirs = wire.send("POST", wireTargets, null, "application/json",
				with(base[1].replace("\"valid\"", string(name)), row.wirePointer(), row.wireValue()));
		assertThat(theirs.status()).as(theirs.body()).isEqualTo(400);
		assertThat(theirs.header("x-amzn-ErrorType")).hasValue("ValidationException");
		assertThat(theirs.json().get("message").asString()).contains(row.wireMember());
	}

}
