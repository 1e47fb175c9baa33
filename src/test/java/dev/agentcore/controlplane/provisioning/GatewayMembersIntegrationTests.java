package dev.agentcore.controlplane.provisioning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayInterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayPolicyEngineConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.InterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.LambdaInterceptorConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.provisioning.aws.MemberShimForTests;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.provisioning.SimulatedAccount.await;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway members of the current model end to end: declared through the API, provisioned
 * through the real SDK client and the member shim, held by the simulated account; what the spec
 * does not own is kept, what it owns is set back, tags converge, and IAM refusals are explained.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.backoff-base=50ms",
		"controlplane.provisioning.backoff-max=400ms", "controlplane.provisioning.polling-interval=500ms",
		"controlplane.idp.allow-private-networks=true" })
class GatewayMembersIntegrationTests {

	static final String ENGINE = "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/payments-a1b2c3d4e5";

	static final String REDACT = "arn:aws:lambda:us-east-1:123456789012:function:redact";

	static final String AUDIT = "arn:aws:lambda:us-east-1:123456789012:function:audit";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static SimulatedAccount aws;

	@DynamicPropertySource
	static void isolatedDatabaseAndAccount(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.isolated("gateway_members_tests");
		registry.add("spring.datasource.url", database::url);
		if (aws == null) {
			aws = SimulatedAccount.start(12);
		}
		aws.register(registry);
	}

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
		aws.faults("{}");
	}

	@AfterEach
	void clearFaults() {
		aws.faults("{}");
	}

	@Test
	void everyMemberOfTheCurrentModelReachesAwsAsDeclaredAndChangesInPlace() {
		String profile = api.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration",
				 "allowedScopes": ["tools:read"]}""".formatted(unique("p"), TestIssuer.get().issuer())).json().get("id").asString();
		String name = unique("Members");
		String body = """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole",
				 "authorizer": {"type": "AUTHENTICATE_ONLY", "idpProfileId": "%s", "advertisedScopeMapping": {"tools:read": "read"}},
				 "protocol": {"sessionTimeoutSeconds": 3600, "responseStreaming": true, "listToolsPagination": false},
				 "interceptors": [{"lambdaArn": "%s", "points": ["REQUEST"], "passRequestHeaders": true},
				                  {"lambdaArn": "%s", "points": ["RESPONSE"], "excludeResponseBody": true}],
				 "policyEngine": {"arn": "%s", "mode": "LOG_ONLY"}}""".formatted(name, profile, REDACT, AUDIT, ENGINE);
		String id = post(body);
		JsonNode ready = awaitGeneration(id, 1);
		String awsId = ready.at("/aws/gatewayId").asString();
		assertThat(ready.at("/aws/workloadIdentityArn").asString()).endsWith("/workload-identity/" + awsId);
		assertThat(ready.at("/interceptors/1/excludeResponseBody").asBoolean()).isTrue();
		assertThat(ready.at("/policyEngine/mode").asString()).isEqualTo("LOG_ONLY");
		assertThat(ready.at("/protocol/sessionTimeoutSeconds").asInt()).isEqualTo(3600);

		JsonNode held = aws.gateway(awsId);
		assertThat(members(held)).containsExactly("authorizerConfiguration", "authorizerType", "interceptorConfigurations",
				"policyEngineConfiguration", "protocolConfiguration", "protocolType", "roleArn");
		assertThat(held.get("authorizerType").asString()).isEqualTo("AUTHENTICATE_ONLY");
		assertThat(held.at("/authorizerConfiguration/customJWTAuthorizer/advertisedScopeMapping")).isEqualTo(json("{\"tools:read\": \"read\"}"));
		assertThat(held.get("protocolConfiguration")).isEqualTo(json("""
				{"mcp": {"sessionConfiguration": {"sessionTimeoutInSeconds": 3600},
				 "streamingConfiguration": {"enableResponseStreaming": true}, "disableMcpListToolsPagination": true}}"""));
		assertThat(held.get("interceptorConfigurations")).isEqualTo(json("""
				[{"interceptor": {"lambda": {"arn": "%s"}}, "interceptionPoints": ["REQUEST"], "inputConfiguration": {"passRequestHeaders": true}},
				 {"interceptor": {"lambda": {"arn": "%s"}}, "interceptionPoints": ["RESPONSE"],
				  "inputConfiguration": {"passRequestHeaders": false, "payloadFilter": {"exclude": [{"field": "RESPONSE_BODY"}]}}}]"""
			.formatted(REDACT, AUDIT)));
		assertThat(held.get("policyEngineConfiguration")).isEqualTo(json("{\"arn\": \"%s\", \"mode\": \"LOG_ONLY\"}".formatted(ENGINE)));

		long created = aws.stats().get("gatewaysCreated").asLong();
		long deletes = aws.stats().at("/calls/DeleteGateway").asLong();
		String changed = body.replace("\"LOG_ONLY\"", "\"ENFORCE\"").replace("3600", "900")
			.replaceFirst(",\\s*\\{\"lambdaArn\": \"" + AUDIT + "[^}]*}", "");
		assertThat(api.put("/api/v1/gateways/" + id, "\"0\"", changed).status()).isEqualTo(202);
		awaitGeneration(id, 2);
		JsonNode after = aws.gateway(awsId);
		assertThat(after.at("/policyEngineConfiguration/mode").asString()).isEqualTo("ENFORCE");
		assertThat(after.at("/protocolConfiguration/mcp/sessionConfiguration/sessionTimeoutInSeconds").asInt()).isEqualTo(900);
		assertThat(after.get("interceptorConfigurations")).hasSize(1);
		assertThat(aws.stats().get("gatewaysCreated").asLong()).as("changed in place, not replaced").isEqualTo(created);
		assertThat(aws.stats().at("/calls/DeleteGateway").asLong()).isEqualTo(deletes);
	}

	@Test
	void membersSetOutsideTheControlPlaneSurviveAChangeAndTheEventsNameThem() {
		String name = unique("Kept");
		String id = post(openGateway(name));
		String awsId = awaitGeneration(id, 1).at("/aws/gatewayId").asString();
		GetGatewayResponse current = aws.outOfBand.getGateway(r -> r.gatewayIdentifier(awsId));
		UpdateGatewayRequest byHand = UpdateGatewayRequest.builder()
			.gatewayIdentifier(awsId)
			.name(name)
			.description(current.description())
			.roleArn(current.roleArn())
			.protocolType("MCP")
			.authorizerType("NONE")
			.interceptorConfigurations(interceptor(REDACT))
			.policyEngineConfiguration(GatewayPolicyEngineConfiguration.builder().arn(ENGINE).mode("ENFORCE").build())
			.build();
		aws.outOfBand.updateGateway(MemberShimForTests.with(byHand, "{\"wafConfiguration\": {\"failureMode\": \"FAIL_OPEN\"}}").request());
		await(() -> "READY".equals(aws.gateway(awsId).get("status").asString()) ? true : null);

		assertThat(api.put("/api/v1/gateways/" + id, "\"0\"", openGateway(name).replace("test gateway", "v2")).status())
			.isEqualTo(202);
		awaitGeneration(id, 2);
		JsonNode held = aws.gateway(awsId);
		assertThat(held.get("description").asString()).isEqualTo("v2");
		assertThat(held.at("/interceptorConfigurations/0/interceptor/lambda/arn").asString()).isEqualTo(REDACT);
		assertThat(held.at("/policyEngineConfiguration/mode").asString()).isEqualTo("ENFORCE");
		assertThat(held.at("/wafConfiguration/failureMode").asString()).isEqualTo("FAIL_OPEN");
		assertThat(messages(id, "AWS_CALL")).anyMatch(message -> message.startsWith("UpdateGateway")
				&& message.contains("kept as AWS held them") && message.contains("interceptorConfigurations")
				&& message.contains("policyEngineConfiguration") && message.contains("wafConfiguration"));
		assertThat(messages(id, "DRIFT_DETECTED")).as("not owned, so not drift").isEmpty();
	}

	@Test
	void ownedInterceptorsChangedOutsideAreDriftThatIsNamedAndSetBack() {
		String name = unique("Owned");
		String id = post(openGateway(name).replace("}}", "}, \"interceptors\": []}"));
		String awsId = awaitGeneration(id, 1).at("/aws/gatewayId").asString();
		GetGatewayResponse current = aws.outOfBand.getGateway(r -> r.gatewayIdentifier(awsId));
		aws.outOfBand.updateGateway(r -> r.gatewayIdentifier(awsId).name(name).description(current.description())
			.roleArn(current.roleArn()).protocolType("MCP").authorizerType("NONE").interceptorConfigurations(interceptor(REDACT)));
		api.post("/api/v1/gateways/" + id + "/reconcile", "");
		await(() -> aws.gateway(awsId).has("interceptorConfigurations") || !"READY".equals(aws.gateway(awsId).get("status").asString())
				? null : true);
		await(() -> messages(id, "DRIFT_DETECTED").stream().anyMatch(message -> message.contains("interceptorConfigurations"))
				? true : null);
	}

	@Test
	void tagsAddedAndRemovedAfterCreationReachTheAccount() {
		String name = unique("Tagged");
		String id = post(openGateway(name).replace("}}", "}, \"tags\": {\"team\": \"payments\", \"stage\": \"dev\"}}"));
		String arn = awaitGeneration(id, 1).at("/aws/gatewayArn").asString();
		assertThat(tags(arn)).isEqualTo(Map.of("team", "payments", "stage", "dev"));
		assertThat(api.put("/api/v1/gateways/" + id, "\"0\"",
				openGateway(name).replace("}}", "}, \"tags\": {\"stage\": \"prod\", \"owner\": \"ana\"}}")).status()).isEqualTo(202);
		await(() -> tags(arn).equals(Map.of("stage", "prod", "owner", "ana")) ? true : null);
		awaitGeneration(id, 2);
		assertThat(messages(id, "AWS_CALL")).anyMatch(message -> message.contains("TagResource set [owner, stage]"))
			.anyMatch(message -> message.contains("UntagResource removed [team]"));
	}

	@Test
	void accessDeniedIsTerminalAndNamesTheMissingPermission() {
		aws.faults("{\"accessDenied\": [\"CreateGateway\"]}");
		String id = post(openGateway(unique("Denied")));
		JsonNode failed = await(() -> {
			JsonNode gateway = api.get("/api/v1/gateways/" + id).json();
			return gateway.at("/status/phase").asString().equals("FAILED") ? gateway : null;
		});
		assertThat(failed.at("/status/lastError/code").asString()).isEqualTo("AWS_AccessDeniedException");
		assertThat(failed.at("/status/lastError/retryable").asBoolean()).isFalse();
		assertThat(failed.at("/status/lastError/message").asString()).contains("bedrock-agentcore:CreateGateway");
		int attempts = failed.at("/status/attempts").asInt();
		SimulatedAccount.sleep(Duration.ofMillis(1200));
		assertThat(api.get("/api/v1/gateways/" + id).json().at("/status/attempts").asInt()).as("not retried").isEqualTo(attempts);
		aws.faults("{}");
		api.post("/api/v1/gateways/" + id + "/reconcile", "");
		awaitGeneration(id, 1);
	}

	String post(String body) {
		Http.Response response = api.post("/api/v1/gateways", body);
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("id").asString();
	}

	JsonNode awaitGeneration(String id, long generation) {
		return await(() -> {
			JsonNode gateway = api.get("/api/v1/gateways/" + id).json();
			return gateway.at("/status/phase").asString().equals("READY")
					&& gateway.at("/status/observedGeneration").asLong() == generation ? gateway : null;
		});
	}

	List<String> messages(String id, String type) {
		return api.get("/api/v1/gateways/" + id + "/events?limit=200").json().get("items").valueStream()
			.filter(event -> event.get("type").asString().equals(type))
			.map(event -> event.get("message").asString())
			.toList();
	}

	Map<String, String> tags(String arn) {
		return aws.outOfBand.listTagsForResource(r -> r.resourceArn(arn)).tags();
	}

	static GatewayInterceptorConfiguration interceptor(String lambda) {
		return GatewayInterceptorConfiguration.builder()
			.interceptor(InterceptorConfiguration.fromLambda(LambdaInterceptorConfiguration.builder().arn(lambda).build()))
			.interceptionPointsWithStrings("REQUEST")
			.build();
	}

	/** The configuration members a gateway holds, without the envelope every gateway has. */
	static Set<String> members(JsonNode gateway) {
		Set<String> names = new TreeSet<>(gateway.propertyNames());
		names.removeAll(Set.of("gatewayArn", "gatewayId", "gatewayUrl", "createdAt", "updatedAt", "status", "statusReasons",
				"name", "workloadIdentityDetails"));
		return names;
	}

	static JsonNode json(String text) {
		return JSON.readTree(text);
	}

}
