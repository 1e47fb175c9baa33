package dev.agentcore.controlplane.gatewaytarget;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.mcpTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The target endpoints: every type's valid and invalid forms, the credentials matrix, limits and conflicts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TargetApiIntegrationTests {

	static final String OPENAPI = """
			openapi: 3.0.3
			info: {title: Orders, version: "1"}
			paths:
			  /orders/{id}:
			    get:
			      operationId: getOrder
			      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
			      responses: {"200": {description: ok}}
			""";

	static final String API_KEY = """
			"credentials": {"type": "API_KEY", "providerArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/apikeycredentialprovider/orders",
			 "parameterName": "x-api-key", "location": "HEADER"}""";

	@LocalServerPort
	int port;

	@Autowired
	GatewayTargets stored;

	Api api;

	String targets;

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
		String gateway = api.post("/api/v1/gateways", openGateway(unique("Tools"))).json().get("id").asString();
		targets = "/api/v1/gateways/" + gateway + "/targets";
	}

	@Test
	void everyTypeIsAcceptedInItsValidForm() {
		List<String> valid = List.of(lambdaTarget("lambda"), mcpTarget("mcp"),
				"{\"name\": \"openapi-inline\", \"type\": \"OPENAPI\", \"openApi\": {\"inline\": " + json(OPENAPI) + "}, " + API_KEY + "}",
				"{\"name\": \"openapi-s3\", \"type\": \"OPENAPI\", \"openApi\": {\"s3\": {\"uri\": \"s3://schemas/orders.yaml\", \"bucketOwnerAccountId\": \"210987654321\"}}, " + API_KEY + "}",
				"{\"name\": \"smithy\", \"type\": \"SMITHY\", \"smithy\": {\"inline\": " + json("{\"smithy\": \"2.0\", \"shapes\": {\"example#Op\": {\"type\": \"operation\"}}}") + "}}",
				"{\"name\": \"apigw\", \"type\": \"API_GATEWAY\", \"apiGateway\": {\"restApiId\": \"a1b2c3d4e5\", \"stage\": \"prod\", \"toolFilters\": [{\"path\": \"/orders\", \"methods\": [\"GET\"]}]}}");
		for (String body : valid) {
			Http.Response response = api.post(targets, body);
			assertThat(response.status()).as(response.body()).isEqualTo(202);
			assertThat(response.json().get("generation").asLong()).isEqualTo(1);
			assertThat(response.header("Location").orElseThrow()).startsWith(targets + "/");
		}
		JsonNode listed = api.get(targets + "?limit=200").json().get("items");
		assertThat(listed.size()).isEqualTo(valid.size());
		assertThat(api.get(targets + "?type=OPENAPI").json().get("items").size()).isEqualTo(2);
	}

	@Test
	void everyDocumentedExampleIsAccepted() {
		JsonNode examples = new Http(port).get("/v3/api-docs", null).json()
			.at("/paths/~1api~1v1~1gateways~1{gatewayId}~1targets/post/requestBody/content/application~1json/examples");
		assertThat(examples.propertyNames()).containsExactlyInAnyOrder("OPENAPI", "SMITHY", "LAMBDA", "MCP_SERVER", "API_GATEWAY",
				"AGENTCORE_RUNTIME", "MCP_SERVER with static tools");
		for (String example : examples.propertyNames()) {
			Http.Response response = api.post(targets, examples.get(example).get("value").toString());
			assertThat(response.status()).as(example + ": " + response.body()).isEqualTo(202);
			assertThat(example).startsWith(response.json().get("type").asString());
		}
	}

	@Test
	void defaultCredentialsFollowTheType() {
		assertThat(api.post(targets, lambdaTarget("l")).json().at("/credentials/type").asString()).isEqualTo("GATEWAY_IAM_ROLE");
		assertThat(api.post(targets, mcpTarget("m")).json().at("/credentials/type").asString()).isEqualTo("NONE");
	}

	@Test
	void credentialsOutsideTheMatrixAreRefused() {
		Http.Response openApiWithout = api.post(targets,
				"{\"name\": \"o\", \"type\": \"OPENAPI\", \"openApi\": {\"inline\": " + json(OPENAPI) + "}}");
		assertThat(openApiWithout.status()).as("OpenAPI targets may need no credentials").isEqualTo(202);
		assertThat(openApiWithout.json().at("/credentials/type").asString()).isEqualTo("NONE");
		Http.Response lambdaWithOauth = api.post(targets, lambdaTarget("l2").replaceFirst("}$", ", \"credentials\": {\"type\": \"OAUTH\", "
				+ "\"providerArn\": \"arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/g\", "
				+ "\"scopes\": []}}"));
		assertThat(lambdaWithOauth.status()).as(lambdaWithOauth.body()).isEqualTo(400);
		assertThat(lambdaWithOauth.json().get("code").asString()).isEqualTo("CREDENTIALS_NOT_SUPPORTED");
		Http.Response smithyWithApiKey = api.post(targets, "{\"name\": \"s\", \"type\": \"SMITHY\", \"smithy\": {\"s3\": "
				+ "{\"uri\": \"s3://models/model.json\"}}, " + API_KEY + "}");
		assertThat(smithyWithApiKey.status()).isEqualTo(400);
		assertThat(smithyWithApiKey.json().get("code").asString()).isEqualTo("CREDENTIALS_NOT_SUPPORTED");
		Http.Response mcpWithRole = api.post(targets, mcpTarget("m2").replace("}}", "}, \"credentials\": {\"type\": \"GATEWAY_IAM_ROLE\"}}"));
		assertThat(mcpWithRole.json().get("code").asString()).as("an MCP server signed by the role needs the signing name")
			.isEqualTo("CREDENTIALS_NOT_SUPPORTED");
		assertThat(mcpWithRole.json().at("/errors/0/field").asString()).isEqualTo("credentials.signing");
	}

	@Test
	void invalidFormsOfEachTypeAreExplained() {
		assertFields(api.post(targets, "{\"name\": \"x\", \"type\": \"LAMBDA\", \"mcpServer\": {\"endpoint\": \"https://a\"}}"),
				"lambda", "mcpServer");
		assertFields(api.post(targets, "{\"name\": \"x\", \"type\": \"OPENAPI\", \"openApi\": {\"inline\": "
				+ json(OPENAPI.replace("operationId: getOrder\n", "")) + "}, " + API_KEY + "}"), "openApi.inline");
		assertFields(api.post(targets, "{\"name\": \"x\", \"type\": \"OPENAPI\", \"openApi\": {\"inline\": \"swagger: '2.0'\"}, "
				+ API_KEY + "}"), "openApi.inline");
		assertFields(api.post(targets, "{\"name\": \"x\", \"type\": \"OPENAPI\", \"openApi\": {\"s3\": {\"uri\": \"https://bucket/key\"}, "
				+ "\"inline\": \"a\"}, " + API_KEY + "}"), "openApi", "openApi.s3.uri");
		assertFields(api.post(targets, "{\"name\": \"x\", \"type\": \"SMITHY\", \"smithy\": {\"inline\": \"service Foo {}\"}}"),
				"smithy.inline");
		assertFields(api.post(targets, mcpTarget("x").replace("https://", "http://")), "mcpServer.endpoint");
		assertFields(api.post(targets, "{\"name\": \"x\", \"type\": \"API_GATEWAY\", \"apiGateway\": {\"stage\": \"prod\", "
				+ "\"toolFilters\": [{\"path\": \"/a\", \"methods\": [\"get\"]}]}}"), "apiGateway.restApiId",
				"apiGateway.toolFilters[0].methods[0]");
		assertFields(api.post(targets, lambdaTarget("x").replace("\"type\": \"object\", \"properties\"", "\"type\": \"thing\", \"properties\"")
			.replace("arn:aws:lambda:us-east-1:123456789012:function:weather", "arn:aws:lambda:function")),
				"lambda.functionArn", "lambda.toolSchema.inline[0].inputSchema.type");
		assertFields(api.post(targets, "{\"name\": \"bad_name\", \"type\": \"MCP_SERVER\", \"mcpServer\": {\"endpoint\": \"https://a.example.com\"}, "
				+ "\"credentials\": {\"type\": \"OAUTH\"}}"), "name", "credentials.providerArn");
	}

	@Test
	void duplicateToolNamesAndTooManyToolsAreRefused() {
		String tool = "{\"name\": \"t\", \"description\": \"d\", \"inputSchema\": {\"type\": \"object\"}}";
		Http.Response duplicated = api.post(targets, "{\"name\": \"x\", \"type\": \"LAMBDA\", \"lambda\": {\"functionArn\": "
				+ "\"arn:aws:lambda:us-east-1:123456789012:function:f\", \"toolSchema\": {\"inline\": [" + tool + ", " + tool + "]}}}");
		assertFields(duplicated, "lambda.toolSchema.inline[1].name");
		String many = String.join(", ", java.util.Collections.nCopies(1001, tool));
		assertFields(api.post(targets, "{\"name\": \"x\", \"type\": \"LAMBDA\", \"lambda\": {\"functionArn\": "
				+ "\"arn:aws:lambda:us-east-1:123456789012:function:f\", \"toolSchema\": {\"inline\": [" + many + "]}}}"),
				"lambda.toolSchema.inline", "lambda.toolSchema.inline[1].name");
	}

	@Test
	void inlineSchemaOverOneMegabyteIsRefusedClearly() {
		String huge = OPENAPI + "# " + "x".repeat(1024 * 1024) + "\n";
		Http.Response response = api.post(targets, "{\"name\": \"big\", \"type\": \"OPENAPI\", \"openApi\": {\"inline\": "
				+ json(huge) + "}, " + API_KEY + "}");
		assertFields(response, "openApi.inline");
		assertThat(response.body()).contains("1 MB");
	}

	@Test
	void namesAreUniqueInTheGatewayAndNameAndTypeCannotChange() {
		Http.Response created = api.post(targets, lambdaTarget("weather"));
		Http.Response again = api.post(targets, lambdaTarget("weather"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("code").asString()).isEqualTo("NAME_TAKEN");
		String path = created.header("Location").orElseThrow();
		assertThat(api.put(path, "\"0\"", lambdaTarget("renamed")).json().get("code").asString()).isEqualTo("NAME_IMMUTABLE");
		assertThat(api.put(path, "\"0\"", mcpTarget("weather")).json().get("code").asString()).isEqualTo("TYPE_IMMUTABLE");
		assertThat(api.put(path, null, lambdaTarget("weather")).status()).isEqualTo(428);
		Http.Response changed = api.put(path, "\"0\"", lambdaTarget("weather").replace("Weather for a city", "Forecast"));
		assertThat(changed.status()).isEqualTo(202);
		assertThat(changed.json().get("generation").asLong()).isEqualTo(2);
		assertThat(api.put(path, "\"0\"", lambdaTarget("weather")).status()).isEqualTo(412);
	}

	@Test
	void aSecretInsideAnMcpEndpointIsMaskedInReadsAndKeptWhenTheReadIsSentBack() {
		String secret = "s3cr3t-" + unique("k");
		String declared = "https://mcp.example.com/mcp?tenant=acme&api-key=" + secret;
		Http.Response created = api.post(targets, """
				{"name": "keyed", "type": "MCP_SERVER", "mcpServer": {"endpoint": "%s"}}""".formatted(declared));
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		assertThat(created.body()).doesNotContain(secret);
		String path = created.header("Location").orElseThrow();
		JsonNode read = api.get(path).json();
		assertThat(read.at("/mcpServer/endpoint").asString()).isEqualTo("https://mcp.example.com/mcp?tenant=acme&api-key=***");
		assertThat(api.get(targets).body()).doesNotContain(secret);

		Http.Response edited = api.put(path, "\"0\"", """
				{"name": "keyed", "type": "MCP_SERVER", "description": "edited", "mcpServer": {"endpoint": "%s"}}"""
			.formatted(read.at("/mcpServer/endpoint").asString()));
		assertThat(edited.status()).as(edited.body()).isEqualTo(202);
		GatewayTarget target = stored.findById(java.util.UUID.fromString(read.get("id").asString())).orElseThrow();
		assertThat(target.spec().mcpServer().endpoint()).as("the masked form sent back keeps the stored secret")
			.isEqualTo(declared);
		assertThat(target.spec().description()).isEqualTo("edited");
	}

	@Test
	void onlyMcpServersSynchronize() {
		String lambda = api.post(targets, lambdaTarget("l")).header("Location").orElseThrow();
		Http.Response refused = api.post(lambda + "/synchronize", "");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("NOT_SYNCHRONIZABLE");
		String mcp = api.post(targets, mcpTarget("m")).header("Location").orElseThrow();
		assertThat(api.post(mcp + "/synchronize", "").status()).isEqualTo(202);
		assertThat(api.post(mcp + "/reconcile", "").status()).isEqualTo(202);
	}

	@Test
	void aGatewayHoldsAtMost100Targets() {
		for (int i = 0; i < 100; i++) {
			assertThat(api.post(targets, mcpTarget("t" + i)).status()).isEqualTo(202);
		}
		Http.Response full = api.post(targets, mcpTarget("t100"));
		assertThat(full.status()).isEqualTo(409);
		assertThat(full.json().get("code").asString()).isEqualTo("TARGET_LIMIT_REACHED");
	}

	@Test
	void deletionMarksTheTargetDeleting() {
		String path = api.post(targets, lambdaTarget("gone")).header("Location").orElseThrow();
		assertThat(api.delete(path, null).status()).isEqualTo(428);
		Http.Response deleting = api.delete(path, "\"0\"");
		assertThat(deleting.status()).isEqualTo(202);
		assertThat(deleting.json().at("/status/phase").asString()).isEqualTo("DELETING");
		assertThat(api.put(path, deleting.header("ETag").orElseThrow(), lambdaTarget("gone")).json().get("code").asString())
			.isEqualTo("TARGET_DELETING");
	}

	@Test
	void unknownTargetIs404() {
		Http.Response response = api.get(targets + "/01a21604-e435-7162-bdfa-ebdb6c0e0906");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("code").asString()).isEqualTo("TARGET_NOT_FOUND");
	}

	/** Issue #11, finding 2: the gateway is looked up before any parsing, and a bomb is refused in bounded time. */
	@Test
	void yamlAliasBombsAreRefusedAfterTheGatewayIsFound() {
		String bomb = "{\"name\": \"bomb\", \"type\": \"OPENAPI\", \"openApi\": {\"inline\": "
				+ json(InlineSchemaLimitsTests.aliasBomb()) + "}, " + API_KEY + "}";
		String doubling = bomb.replace(json(InlineSchemaLimitsTests.aliasBomb()), json(InlineSchemaLimitsTests.doublingBomb()));
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			Http.Response nowhere = api.post("/api/v1/gateways/01a21604-e435-7162-bdfa-ebdb6c0e0906/targets", bomb);
			assertThat(nowhere.status()).as(nowhere.body()).isEqualTo(404);
			Http.Response strangers = Api.asTeam(port, unique("stranger")).post(targets, doubling);
			assertThat(strangers.status()).as("another team's gateway is not parsed for either").isEqualTo(404);
			assertFields(api.post(targets, bomb), "openApi.inline");
			Http.Response refused = api.post(targets, doubling);
			assertFields(refused, "openApi.inline");
			assertThat(refused.json().at("/errors/0/message").asString()).contains("nodes");
		});
	}

	static void assertFields(Http.Response response, String... fields) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.as(response.body())
			.containsAll(List.of(fields));
	}

	static String json(String text) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
	}

}
