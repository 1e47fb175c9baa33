package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static dev.agentcore.controlplane.support.JsonEdits.entries;
import static dev.agentcore.controlplane.support.JsonEdits.string;
import static dev.agentcore.controlplane.support.JsonEdits.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint the service model declares for a gateway member we send, one row each: a
 * request that breaks it is refused by our API (400 naming the field) and by the simulated
 * AgentCore on the wire (ValidationException naming the member). The valid bodies both start from
 * are accepted by both, so every refusal is the row's doing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "controlplane.provisioning.enabled=false", "controlplane.idp.allow-private-networks=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberConstraintsIntegrationTests {

	static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:redact";

	static final String ENGINE = "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/payments-a1b2c3d4e5";

	static final String API_GATEWAY = """
			{"name": "valid", "description": "d", "roleArn": "arn:aws:iam::123456789012:role/gateway",
			 "authorizer": {"type": "CUSTOM_JWT", "idpProfileId": "PROFILE", "advertisedScopeMapping": {"tools:read": "read"}},
			 "protocol": {"instructions": "i", "searchType": "SEMANTIC", "sessionTimeoutSeconds": 900},
			 "kmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "exceptionLevel": "DEBUG",
			 "tags": {"team": "payments"},
			 "interceptors": [{"lambdaArn": "%s", "points": ["REQUEST"], "passRequestHeaders": true}],
			 "policyEngine": {"arn": "%s", "mode": "LOG_ONLY"}}""".formatted(LAMBDA, ENGINE);

	static final String WIRE_GATEWAY = """
			{"name": "valid", "description": "d", "roleArn": "arn:aws:iam::123456789012:role/gateway", "protocolType": "MCP",
			 "authorizerType": "CUSTOM_JWT",
			 "authorizerConfiguration": {"customJWTAuthorizer": {"discoveryUrl": "https://issuer.example.com/.well-known/openid-configuration",
			   "allowedScopes": ["tools:read"], "advertisedScopeMapping": {"tools:read": "read"},
			   "customClaims": [{"inboundTokenClaimName": "https://example.com/roles", "inboundTokenClaimValueType": "STRING_ARRAY",
			     "authorizingClaimMatchValue": {"claimMatchOperator": "CONTAINS", "claimMatchValue": {"matchValueString": "admin"}}}]}},
			 "protocolConfiguration": {"mcp": {"instructions": "i", "searchType": "SEMANTIC", "sessionConfiguration": {"sessionTimeoutInSeconds": 900}}},
			 "kmsKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", "exceptionLevel": "DEBUG",
			 "tags": {"team": "payments"},
			 "interceptorConfigurations": [{"interceptor": {"lambda": {"arn": "%s"}}, "interceptionPoints": ["REQUEST"],
			   "inputConfiguration": {"passRequestHeaders": true}}],
			 "policyEngineConfiguration": {"arn": "%s", "mode": "LOG_ONLY"}}""".formatted(LAMBDA, ENGINE);

	static final String API_PROFILE = """
			{"name": "valid", "provider": "OIDC", "discoveryUrl": "DISCOVERY", "allowedScopes": ["tools:read"],
			 "customClaims": [{"name": "https://example.com/roles", "valueType": "STRING_ARRAY", "operator": "CONTAINS", "values": ["admin"]}]}""";

	static final String JWT = "/authorizerConfiguration/customJWTAuthorizer";

	/**
	 * One constraint: the API request ({@code GATEWAY} or {@code PROFILE} body) with {@code apiPointer}
	 * set to {@code apiValue} is refused naming {@code apiField}; the wire CreateGateway with
	 * {@code wirePointer} set to {@code wireValue} is refused naming {@code wireMember}.
	 */
	record Row(String constraint, String api, String apiPointer, String apiValue, String apiField, String wirePointer,
			String wireValue, String wireMember) {

		@Override
		public String toString() {
			return constraint;
		}

	}

	static Stream<Row> constraints() {
		String interceptor = "{\"lambdaArn\": \"" + LAMBDA + "\", \"points\": [\"RESPONSE\"]}";
		String wireInterceptor = "{\"interceptor\": {\"lambda\": {\"arn\": \"" + LAMBDA + "\"}}, \"interceptionPoints\": [\"RESPONSE\"]}";
		return Stream.of(
				gateway("name pattern", "/name", string("has_underscore"), "name", "/name", "name"),
				gateway("description at least 1", "/description", string(""), "description", "/description", "description"),
				gateway("description at most 200", "/description", string("d".repeat(201)), "description", "/description", "description"),
				gateway("roleArn pattern", "/roleArn", string("arn:aws:iam::123456789012:user/x"), "roleArn", "/roleArn", "roleArn"),
				gateway("instructions at least 1", "/protocol/instructions", string(""), "protocol.instructions",
						"/protocolConfiguration/mcp/instructions", "protocolConfiguration.mcp.instructions"),
				gateway("instructions at most 2048", "/protocol/instructions", string("i".repeat(2049)), "protocol.instructions",
						"/protocolConfiguration/mcp/instructions", "protocolConfiguration.mcp.instructions"),
				gateway("searchType enum", "/protocol/searchType", string("FUZZY"), "protocol.searchType",
						"/protocolConfiguration/mcp/searchType", "protocolConfiguration.mcp.searchType"),
				gateway("session timeout at least 900", "/protocol/sessionTimeoutSeconds", "899", "protocol.sessionTimeoutSeconds",
						"/protocolConfiguration/mcp/sessionConfiguration/sessionTimeoutInSeconds",
						"protocolConfiguration.mcp.sessionConfiguration.sessionTimeoutInSeconds"),
				gateway("session timeout at most 28800", "/protocol/sessionTimeoutSeconds", "28801", "protocol.sessionTimeoutSeconds",
						"/protocolConfiguration/mcp/sessionConfiguration/sessionTimeoutInSeconds",
						"protocolConfiguration.mcp.sessionConfiguration.sessionTimeoutInSeconds"),
				gateway("authorizerType enum", "/authorizer/type", string("SAML"), "authorizer.type", "/authorizerType", "authorizerType"),
				gateway("kmsKeyArn pattern", "/kmsKeyArn", string("alias/mine"), "kmsKeyArn", "/kmsKeyArn", "kmsKeyArn"),
				gateway("exceptionLevel enum", "/exceptionLevel", string("TRACE"), "exceptionLevel", "/exceptionLevel", "exceptionLevel"),
				gateway("tag key pattern", "/tags/bad!", string("x"), "tags[bad!]", "/tags/bad!", "tags.key"),
				gateway("tag value pattern", "/tags/team", string("a#b"), "tags[team]", "/tags/team", "tags.team"),
				gateway("tag key at most 128", "/tags/" + "k".repeat(129), string("x"), "tags[" + "k".repeat(129) + "]",
						"/tags/" + "k".repeat(129), "tags.key"),
				gateway("tag value at most 256", "/tags/team", string("v".repeat(257)), "tags[team]", "/tags/team", "tags.team"),
				gateway("at most 50 tags", "/tags", entries(51, "k", "v"), "tags", "/tags", "tags"),
				gateway("at most 2 interceptors", "/interceptors", "[" + interceptor + "," + interceptor + "," + interceptor + "]",
						"interceptors", "/interceptorConfigurations",
						"[" + wireInterceptor + "," + wireInterceptor + "," + wireInterceptor + "]", "interceptorConfigurations"),
				gateway("interceptor Lambda ARN pattern", "/interceptors/0/lambdaArn", string("arn:aws:lambda:us-east-1:123:function:f"),
						"interceptors[0].lambdaArn", "/interceptorConfigurations/0/interceptor/lambda/arn",
						"interceptorConfigurations.1.interceptor.lambda.arn"),
				gateway("interception points at least 1", "/interceptors/0/points", "[]", "interceptors[0].points",
						"/interceptorConfigurations/0/interceptionPoints", "interceptorConfigurations.1.interceptionPoints"),
				gateway("interception point enum", "/interceptors/0/points/0", string("MIDDLE"), "interceptors[0].points[0]",
						"/interceptorConfigurations/0/interceptionPoints/0", "interceptorConfigurations.1.interceptionPoints.1"),
				gateway("one interceptor per point", "/interceptors/1", interceptor.replace("RESPONSE", "REQUEST"),
						"interceptors[1].points", "/interceptorConfigurations/1", wireInterceptor.replace("RESPONSE", "REQUEST"),
						"interceptorConfigurations.2.interceptionPoints"),
				gateway("policy engine ARN pattern", "/policyEngine/arn", string("arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/x"),
						"policyEngine.arn", "/policyEngineConfiguration/arn", "policyEngineConfiguration.arn"),
				gateway("policy engine mode required", "/policyEngine/mode", null, "policyEngine.mode",
						"/policyEngineConfiguration/mode", "policyEngineConfiguration.mode"),
				gateway("policy engine mode enum", "/policyEngine/mode", string("AUDIT"), "policyEngine.mode",
						"/policyEngineConfiguration/mode", "policyEngineConfiguration.mode"),
				gateway("advertised scopes at most 50", "/authorizer/advertisedScopeMapping", entries(51, "s", "v"),
						"authorizer.advertisedScopeMapping", JWT + "/advertisedScopeMapping",
						"authorizerConfiguration.customJWTAuthorizer.advertisedScopeMapping"),
				gateway("advertised scope pattern", "/authorizer/advertisedScopeMapping/tools:read", string("has space"),
						"authorizer.advertisedScopeMapping[tools:read]", JWT + "/advertisedScopeMapping/tools:read",
						"authorizerConfiguration.customJWTAuthorizer.advertisedScopeMapping.tools:read"),
				gateway("advertised scopes come from allowedScopes", "/authorizer/advertisedScopeMapping/other", string("o"),
						"authorizer.advertisedScopeMapping.other", JWT + "/advertisedScopeMapping/other",
						"authorizerConfiguration.customJWTAuthorizer.advertisedScopeMapping.other"),
				profile("claim name pattern (no '-')", "/customClaims/0/name", string("custom-claim"), "customClaims[0].name",
						JWT + "/customClaims/0/inboundTokenClaimName", "customClaims.1.inboundTokenClaimName"),
				profile("claim name at most 255", "/customClaims/0/name", string("c".repeat(256)), "customClaims[0].name",
						JWT + "/customClaims/0/inboundTokenClaimName", "customClaims.1.inboundTokenClaimName"),
				profile("claim value pattern", "/customClaims/0/values/0", string("a/b"), "customClaims[0].values[0]",
						JWT + "/customClaims/0/authorizingClaimMatchValue/claimMatchValue/matchValueString",
						"claimMatchValue.matchValueString"),
				profile("EQUALS needs a STRING claim", "/customClaims/0/operator", string("EQUALS"), "customClaims[0].operator",
						JWT + "/customClaims/0/authorizingClaimMatchValue/claimMatchOperator", "claimMatchOperator"),
				profile("CONTAINS takes one value", "/customClaims/0/values/1", string("ops"), "customClaims[0].values",
						JWT + "/customClaims/0/authorizingClaimMatchValue/claimMatchValue",
						"{\"matchValueStringList\": [\"admin\", \"ops\"]}", "claimMatchValue"),
				profile("allowed scope pattern", "/allowedScopes/0", string("has space"), "allowedScopes[0]",
						JWT + "/allowedScopes/0", "allowedScopes.1"));
	}

	static Row gateway(String constraint, String apiPointer, String value, String apiField, String wirePointer, String wireMember) {
		return new Row(constraint, "GATEWAY", apiPointer, value, apiField, wirePointer, value, wireMember);
	}

	static Row gateway(String constraint, String apiPointer, String apiValue, String apiField, String wirePointer,
			String wireValue, String wireMember) {
		return new Row(constraint, "GATEWAY", apiPointer, apiValue, apiField, wirePointer, wireValue, wireMember);
	}

	static Row profile(String constraint, String apiPointer, String value, String apiField, String wirePointer, String wireMember) {
		return new Row(constraint, "PROFILE", apiPointer, value, apiField, wirePointer, value, wireMember);
	}

	static Row profile(String constraint, String apiPointer, String apiValue, String apiField, String wirePointer,
			String wireValue, String wireMember) {
		return new Row(constraint, "PROFILE", apiPointer, apiValue, apiField, wirePointer, wireValue, wireMember);
	}

	@LocalServerPort
	int port;

	ConfigurableApplicationContext simulator;

	Http wire;

	Api api;

	String profileId;

	@BeforeAll
	void startSimulatorAndProfile() {
		simulator = AgentCoreSimulator.run("--server.port=0");
		wire = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
		api = Api.asTeam(port, unique("team"));
		Http.Response profile = api.post("/api/v1/idp-profiles", apiProfile().replace("\"valid\"", string(unique("p"))));
		assertThat(profile.status()).as(profile.body()).isEqualTo(201);
		profileId = profile.json().get("id").asString();
	}

	@AfterAll
	void stopSimulator() {
		simulator.close();
	}

	@Test
	void theValidBodiesAreAcceptedByBoth() {
		assertThat(api.post("/api/v1/gateways", apiGateway(unique("Valid"))).status()).isEqualTo(202);
		Http.Response created = createOnTheWire(WIRE_GATEWAY.replace("\"valid\"", string(unique("Valid"))));
		assertThat(created.status()).as(created.body()).isEqualTo(202);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("constraints")
	void aRequestBreakingTheConstraintIsRefusedByOurApiAndByTheSimulator(Row row) {
		String name = unique("Row");
		Http.Response ours = row.api().equals("GATEWAY")
				? api.post("/api/v1/gateways", with(apiGateway(name), row.apiPointer(), row.apiValue()))
				: api.post("/api/v1/idp-profiles", with(apiProfile().replace("\"valid\"", string(unique("p"))), row.apiPointer(),
						row.apiValue()));
		assertThat(ours.status()).as(ours.body()).isEqualTo(400);
		assertThat(fields(ours.json())).as(ours.body()).contains(row.apiField());

		Http.Response theirs = createOnTheWire(with(WIRE_GATEWAY.replace("\"valid\"", string(name)), row.wirePointer(), row.wireValue()));
		assertThat(theirs.status()).as(theirs.body()).isEqualTo(400);
		assertThat(theirs.header("x-amzn-ErrorType")).hasValue("ValidationException");
		assertThat(theirs.json().get("message").asString()).contains(row.wireMember());
	}

	Http.Response createOnTheWire(String body) {
		return wire.send("POST", AgentCoreWireController.BASE_PATH + "/gateways/", null, "application/json", body);
	}

	String apiGateway(String name) {
		return API_GATEWAY.replace("\"valid\"", string(name)).replace("PROFILE", profileId);
	}

	static String apiProfile() {
		return API_PROFILE.replace("DISCOVERY", TestIssuer.get().issuer() + "/.well-known/openid-configuration");
	}

	static List<String> fields(JsonNode problem) {
		return problem.path("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

}
