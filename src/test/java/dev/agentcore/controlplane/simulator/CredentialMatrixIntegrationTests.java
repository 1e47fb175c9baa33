package dev.agentcore.controlplane.simulator;

import java.util.ArrayList;
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
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * AgentCore's outbound-authorization matrix (developer guide, "Set up outbound authorization for
 * your gateway"), cell by cell: our API's answer (202, or 400 CREDENTIALS_NOT_SUPPORTED) and the
 * simulated AgentCore's (202, or ValidationException) agree. Caller-IAM cells run on an AWS_IAM
 * gateway and JWT-passthrough cells on an AUTHENTICATE_ONLY one, so only the matrix decides them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "controlplane.provisioning.enabled=false", "controlplane.idp.allow-private-networks=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialMatrixIntegrationTests {

	static final List<String> KINDS = List.of("NONE", "GATEWAY_IAM_ROLE", "CALLER_IAM_CREDENTIALS", "OAUTH_CLIENT_CREDENTIALS",
			"OAUTH_AUTHORIZATION_CODE", "OAUTH_TOKEN_EXCHANGE", "JWT_PASSTHROUGH", "API_KEY");

	/** The guide's table, row by row in the order of {@link #KINDS}. */
	static final Map<String, String> MATRIX = Map.of(
			"API_GATEWAY", "YYNNNNNY",
			"LAMBDA", "NYNNNNNN",
			"MCP_SERVER", "YYNYYYNY",
			"OPENAPI", "YYNYYYNY",
			"SMITHY", "NYNYNNNN",
			"AGENTCORE_RUNTIME", "NYYYNNYN");

	static final String PROVIDER = "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/p";

	record Cell(String type, String kind, boolean allowed) {

		@Override
		public String toString() {
			return type + " + " + kind + (allowed ? " is allowed" : " is refused");
		}

	}

	static Stream<Cell> cells() {
		List<Cell> cells = new ArrayList<>();
		MATRIX.forEach((type, row) -> {
			for (int i = 0; i < KINDS.size(); i++) {
				cells.add(new Cell(type, KINDS.get(i), row.charAt(i) == 'Y'));
			}
		});
		return cells.stream();
	}

	@LocalServerPort
	int port;

	ConfigurableApplicationContext simulator;

	Http wire;

	Api api;

	final java.util.Map<String, String> apiGateways = new java.util.HashMap<>();

	final java.util.Map<String, String> wireGateways = new java.util.HashMap<>();

	@BeforeAll
	void gatewaysOfEveryAuthorizer() {
		simulator = AgentCoreSimulator.run("--server.port=0");
		wire = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
		api = Api.asTeam(port, unique("team"));
		String profile = api.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration", "allowedAudience": ["a"]}"""
			.formatted(unique("p"), TestIssuer.get().issuer())).json().get("id").asString();
		for (String authorizer : List.of("NONE", "AWS_IAM", "AUTHENTICATE_ONLY")) {
			String type = "{\"type\": \"" + authorizer + "\"" + (authorizer.equals("AUTHENTICATE_ONLY") ? ", \"idpProfileId\": \"" + profile + "\"" : "") + "}";
			apiGateways.put(authorizer, api.post("/api/v1/gateways", """
					{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/gateway", "authorizer": %s}"""
				.formatted(unique("Matrix"), type)).json().get("id").asString());
			String configuration = authorizer.equals("AUTHENTICATE_ONLY") ? ", \"authorizerConfiguration\": {\"customJWTAuthorizer\": "
					+ "{\"discoveryUrl\": \"https://issuer.example.com/.well-known/openid-configuration\"}}" : "";
			wireGateways.put(authorizer, wire.send("POST", AgentCoreWireController.BASE_PATH + "/gateways/", null, "application/json", """
					{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/gateway", "authorizerType": "%s"%s}"""
				.formatted(unique("Matrix"), authorizer, configuration)).json().get("gatewayId").asString());
		}
	}

	@AfterAll
	void stopSimulator() {
		simulator.close();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cells")
	void ourApiAndTheSimulatorAgreeOnTheCell(Cell cell) {
		String gateway = cell.kind().equals("CALLER_IAM_CREDENTIALS") ? "AWS_IAM"
				: cell.kind().equals("JWT_PASSTHROUGH") ? "AUTHENTICATE_ONLY" : "NONE";
		String name = unique("cell");
		Http.Response ours = api.post("/api/v1/gateways/" + apiGateways.get(gateway) + "/targets",
				apiTarget(name, cell.type(), cell.kind()));
		Http.Response theirs = wire.send("POST", AgentCoreWireController.BASE_PATH + "/gateways/" + wireGateways.get(gateway)
				+ "/targets/", null, "application/json", wireTarget(name, cell.type(), cell.kind()));
		if (cell.allowed()) {
			assertThat(ours.status()).as(ours.body()).isEqualTo(202);
			assertThat(theirs.status()).as(theirs.body()).isEqualTo(202);
		}
		else {
			assertThat(ours.status()).as(ours.body()).isEqualTo(400);
			assertThat(ours.json().get("code").asString()).isEqualTo("CREDENTIALS_NOT_SUPPORTED");
			assertThat(theirs.status()).as(theirs.body()).isEqualTo(400);
			assertThat(theirs.header("x-amzn-ErrorType")).hasValue("ValidationException");
		}
	}

	@Test
	void lambdaWithOAuthIsRefusedByBothNamingWhatIsAllowed() {
		String name = unique("lambda");
		Http.Response ours = api.post("/api/v1/gateways/" + apiGateways.get("NONE") + "/targets",
				apiTarget(name, "LAMBDA", "OAUTH_CLIENT_CREDENTIALS"));
		assertThat(ours.json().get("detail").asString()).isEqualTo("LAMBDA targets take [GATEWAY_IAM_ROLE] credentials, not OAUTH.");
		Http.Response theirs = wire.send("POST", AgentCoreWireController.BASE_PATH + "/gateways/" + wireGateways.get("NONE")
				+ "/targets/", null, "application/json", wireTarget(name, "LAMBDA", "OAUTH_CLIENT_CREDENTIALS"));
		assertThat(theirs.json().get("message").asString()).contains("lambda targets support [GATEWAY_IAM_ROLE]");
	}

	@Test
	void identityForwardingCredentialsNeedTheMatchingAuthorizerWhenTheTargetComesSecond() {
		Http.Response passthrough = api.post("/api/v1/gateways/" + apiGateways.get("NONE") + "/targets",
				apiTarget(unique("pass"), "AGENTCORE_RUNTIME", "JWT_PASSTHROUGH"));
		assertThat(passthrough.status()).isEqualTo(400);
		assertThat(passthrough.json().get("code").asString()).isEqualTo("PASSTHROUGH_NEEDS_JWT_AUTHORIZER");
		Http.Response caller = api.post("/api/v1/gateways/" + apiGateways.get("AUTHENTICATE_ONLY") + "/targets",
				apiTarget(unique("caller"), "AGENTCORE_RUNTIME", "CALLER_IAM_CREDENTIALS"));
		assertThat(caller.status()).isEqualTo(400);
		assertThat(caller.json().get("code").asString()).isEqualTo("CALLER_IAM_NEEDS_IAM_AUTHORIZER");
		for (String[] pairing : new String[][] { { "NONE", "JWT_PASSTHROUGH" }, { "AUTHENTICATE_ONLY", "CALLER_IAM_CREDENTIALS" } }) {
			Http.Response theirs = wire.send("POST", AgentCoreWireController.BASE_PATH + "/gateways/" + wireGateways.get(pairing[0])
					+ "/targets/", null, "application/json", wireTarget(unique("pair"), "AGENTCORE_RUNTIME", pairing[1]));
			assertThat(theirs.status()).as(theirs.body()).isEqualTo(400);
			assertThat(theirs.json().get("message").asString()).contains(pairing[1]).contains(pairing[0]);
		}
	}

	@Test
	void aGatewayAuthorizerChangeThatWouldBreakTargetsIsRefusedNamingThem() {
		String gateway = apiGateways.get("AWS_IAM");
		String name = unique("caller");
		assertThat(api.post("/api/v1/gateways/" + gateway + "/targets", apiTarget(name, "AGENTCORE_RUNTIME", "CALLER_IAM_CREDENTIALS"))
			.status()).isEqualTo(202);
		Http.Response current = api.get("/api/v1/gateways/" + gateway);
		String body = """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/gateway", "authorizer": {"type": "NONE"}}"""
			.formatted(current.json().get("name").asString());
		Http.Response refused = api.put("/api/v1/gateways/" + gateway, current.header("ETag").orElseThrow(), body);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("code").asString()).isEqualTo("CALLER_IAM_NEEDS_IAM_AUTHORIZER");
		assertThat(refused.json().get("targets").valueStream().map(target -> target.asString())).contains(name);
		Http.Response sameType = api.put("/api/v1/gateways/" + gateway, current.header("ETag").orElseThrow(),
				body.replace("\"NONE\"", "\"AWS_IAM\"").replace("}}", "}, \"description\": \"still IAM\"}"));
		assertThat(sameType.status()).as("a change that keeps the pairing is accepted").isEqualTo(202);
	}

	static String apiTarget(String name, String type, String kind) {
		String block = switch (type) {
			case "API_GATEWAY" -> "\"apiGateway\": {\"restApiId\": \"a1b2c3\", \"stage\": \"prod\", \"toolFilters\": [{\"path\": \"/a\", \"methods\": [\"GET\"]}]}";
			case "LAMBDA" -> "\"lambda\": {\"functionArn\": \"arn:aws:lambda:us-east-1:123456789012:function:f\", \"toolSchema\": {\"s3\": {\"uri\": \"s3://tools/f.json\"}}}";
			case "MCP_SERVER" -> "\"mcpServer\": {\"endpoint\": \"https://mcp.example.com/mcp\"}";
			case "OPENAPI" -> "\"openApi\": {\"s3\": {\"uri\": \"s3://schemas/a.yaml\"}}";
			case "SMITHY" -> "\"smithy\": {\"s3\": {\"uri\": \"s3://models/m.json\"}}";
			default -> "\"agentcoreRuntime\": {\"runtimeArn\": \"arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/agent-a1b2c3d4e5\"}";
		};
		String signing = type.equals("MCP_SERVER") || type.equals("OPENAPI") ? ", \"signing\": {\"service\": \"execute-api\"}" : "";
		String credentials = switch (kind) {
			case "NONE", "CALLER_IAM_CREDENTIALS", "JWT_PASSTHROUGH" -> "{\"type\": \"" + kind + "\"}";
			case "GATEWAY_IAM_ROLE" -> "{\"type\": \"GATEWAY_IAM_ROLE\"" + signing + "}";
			case "API_KEY" -> "{\"type\": \"API_KEY\", \"providerArn\": \"" + PROVIDER + "\", \"parameterName\": \"x-api-key\"}";
			default -> "{\"type\": \"OAUTH\", \"providerArn\": \"" + PROVIDER + "\", \"scopes\": [\"s\"], \"grantType\": \""
					+ kind.substring("OAUTH_".length()) + "\", \"defaultReturnUrl\": \"https://app.example.com/done\"}";
		};
		return "{\"name\": \"" + name + "\", \"type\": \"" + type + "\", " + block + ", \"credentials\": " + credentials + "}";
	}

	static String wireTarget(String name, String type, String kind) {
		String configuration = switch (type) {
			case "API_GATEWAY" -> "{\"mcp\": {\"apiGateway\": {\"restApiId\": \"a1b2c3\", \"stage\": \"prod\", \"apiGatewayToolConfiguration\": "
					+ "{\"toolFilters\": [{\"filterPath\": \"/a\", \"methods\": [\"GET\"]}]}}}}";
			case "LAMBDA" -> "{\"mcp\": {\"lambda\": {\"lambdaArn\": \"arn:aws:lambda:us-east-1:123456789012:function:f\", "
					+ "\"toolSchema\": {\"s3\": {\"uri\": \"s3://tools/f.json\"}}}}}";
			case "MCP_SERVER" -> "{\"mcp\": {\"mcpServer\": {\"endpoint\": \"https://mcp.example.com/mcp\"}}}";
			case "OPENAPI" -> "{\"mcp\": {\"openApiSchema\": {\"s3\": {\"uri\": \"s3://schemas/a.yaml\"}}}}";
			case "SMITHY" -> "{\"mcp\": {\"smithyModel\": {\"s3\": {\"uri\": \"s3://models/m.json\"}}}}";
			default -> "{\"http\": {\"agentcoreRuntime\": {\"arn\": \"arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/agent-a1b2c3d4e5\"}}}";
		};
		String signing = type.equals("MCP_SERVER") || type.equals("OPENAPI")
				? ", \"credentialProvider\": {\"iamCredentialProvider\": {\"service\": \"execute-api\"}}" : "";
		String credentials = switch (kind) {
			case "NONE" -> null;
			case "CALLER_IAM_CREDENTIALS", "JWT_PASSTHROUGH" -> "{\"credentialProviderType\": \"" + kind + "\"}";
			case "GATEWAY_IAM_ROLE" -> "{\"credentialProviderType\": \"GATEWAY_IAM_ROLE\"" + signing + "}";
			case "API_KEY" -> "{\"credentialProviderType\": \"API_KEY\", \"credentialProvider\": {\"apiKeyCredentialProvider\": "
					+ "{\"providerArn\": \"" + PROVIDER + "\", \"credentialParameterName\": \"x-api-key\"}}}";
			default -> "{\"credentialProviderType\": \"OAUTH\", \"credentialProvider\": {\"oauthCredentialProvider\": {\"providerArn\": \""
					+ PROVIDER + "\", \"scopes\": [\"s\"], \"grantType\": \"" + kind.substring("OAUTH_".length())
					+ "\", \"defaultReturnUrl\": \"https://app.example.com/done\"}}}";
		};
		return "{\"name\": \"" + name + "\", \"targetConfiguration\": " + configuration
				+ (credentials == null ? "" : ", \"credentialProviderConfigurations\": [" + credentials + "]") + "}";
	}

}
