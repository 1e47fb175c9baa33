package dev.agentcore.controlplane.simulator;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.InternalServerException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.OAuthCredentialProvider;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationExceptionReason;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import dev.agentcore.controlplane.provisioning.aws.MemberShimForTests;
import dev.agentcore.controlplane.provisioning.aws.MemberShimForTests.WithMembers;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.clientToken;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.mcpServerTarget;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.openGateway;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The contract suite against the simulator started alone (profile {@code simulator}) on a random
 * port, plus what only a simulator can show: every fault and quota switched on and off.
 */
class SimulatorContractIntegrationTests extends AgentCoreMembersContract {

	static ConfigurableApplicationContext simulator;

	static BedrockAgentCoreControlClient client;

	static Http http;

	@BeforeAll
	static void startSimulator() {
		simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=42");
		int port = Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port"));
		http = new Http(port);
		client = BedrockAgentCoreControlClient.builder()
			.endpointOverride(URI.create("http://localhost:" + port + AgentCoreWireController.BASE_PATH))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(config -> config.retryStrategy(AwsRetryStrategy.doNotRetry())
				.addExecutionInterceptor(MemberShimForTests.interceptor()))
			.build();
	}

	@AfterAll
	static void stopSimulator() {
		client.close();
		simulator.close();
	}

	@AfterEach
	void clearFaults() {
		faults("{}");
	}

	@Override
	BedrockAgentCoreControlClient client() {
		return client;
	}

	@Override
	String roleArn() {
		return "arn:aws:iam::123456789012:role/AgentCoreGatewayRole";
	}

	@Override
	Duration settleTimeout() {
		return Duration.ofSeconds(5);
	}

	@Override
	String interceptorArn() {
		return "arn:aws:lambda:us-east-1:123456789012:function:interceptor";
	}

	@Override
	String policyEngineArn() {
		return "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/contract-a1b2c3d4e5";
	}

	@Override
	String runtimeArn() {
		return "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/contract_agent-a1b2c3d4e5";
	}

	@Test
	void authorizationCodeTargetsWaitForAConsentGivenAtTheirUrl() {
		String id = readyGateway("Consent");
		CreateGatewayTargetRequest request = authorizationCodeTarget(id, "drive", "https://drive.example.com/mcp", "drive.readonly");
		String target = client.createGatewayTarget(request).targetId();
		JsonNode pending = await(() -> {
			WithMembers<GetGatewayTargetRequest> get = MemberShimForTests
				.reading(GetGatewayTargetRequest.builder().gatewayIdentifier(id).targetId(target).build());
			GetGatewayTargetResponse found = client.getGatewayTarget(get.request());
			return "CREATE_PENDING_AUTH".equals(found.statusAsString()) ? get.received() : null;
		});
		String url = pending.at("/authorizationData/oauth2/authorizationUrl").asString();
		assertThat(pending.at("/authorizationData/oauth2/userId").asString()).isNotBlank();
		assertThatThrownBy(() -> client.updateGatewayTarget(r -> r.gatewayIdentifier(id).targetId(target).name("drive")
			.targetConfiguration(request.targetConfiguration()))).isInstanceOf(ConflictException.class);
		assertThat(http.get(url.substring(url.indexOf("/local/")), null).status()).isEqualTo(200);
		awaitTarget(id, target, software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetStatus.READY);
		deleteQuietly(id);
	}

	@Test
	void aSynchronizationTheFaultsMakeAskForConsentAgainWaitsInSynchronizePendingAuth() {
		String id = readyGateway("Resync");
		CreateGatewayTargetRequest request = authorizationCodeTarget(id, "resync-mail", "https://mail.example.com/mcp", "mail.read");
		String target = client.createGatewayTarget(request).targetId();
		String first = awaitRaw(id, target, "CREATE_PENDING_AUTH").at("/authorizationData/oauth2/authorizationUrl").asString();
		assertThat(http.get(first.substring(first.indexOf("/local/")), null).status()).isEqualTo(200);
		awaitTarget(id, target, software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetStatus.READY);

		faults("{\"consentOnSynchronizeMatching\": \"^resync-\"}");
		client.synchronizeGatewayTargets(r -> r.gatewayIdentifier(id).targetIdList(target));
		String again = awaitRaw(id, target, "SYNCHRONIZE_PENDING_AUTH").at("/authorizationData/oauth2/authorizationUrl").asString();
		assertThat(again).isNotEqualTo(first).contains("/local/aws/consent/");
		assertThatThrownBy(() -> client.deleteGatewayTarget(r -> r.gatewayIdentifier(id).targetId(target)))
			.as("AgentCore deletes no target that waits for consent").isInstanceOf(ConflictException.class);
		assertThat(http.get(again.substring(again.indexOf("/local/")), null).status()).isEqualTo(200);
		awaitTarget(id, target, software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetStatus.READY);
		deleteQuietly(id);
	}

	@Test
	void aTargetClientTokenReusedWithAnotherRequestIsAnIdempotentParameterMismatch() {
		String id = readyGateway("TargetToken");
		String token = clientToken();
		CreateGatewayTargetRequest request = AgentCoreFixtures.mcpServerTarget(id, "tokened", "https://tokened.example.com/mcp")
			.toBuilder().clientToken(token).build();
		String target = client.createGatewayTarget(request).targetId();
		assertThat(client.createGatewayTarget(request).targetId()).isEqualTo(target);
		ValidationException mismatch = catchThrowableOfType(ValidationException.class,
				() -> client.createGatewayTarget(request.toBuilder().description("another").build()));
		assertThat(mismatch.reason()).isEqualTo(ValidationExceptionReason.IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION);
		deleteQuietly(id);
	}

	private JsonNode awaitRaw(String gatewayId, String targetId, String status) {
		return await(() -> {
			WithMembers<GetGatewayTargetRequest> get = MemberShimForTests
				.reading(GetGatewayTargetRequest.builder().gatewayIdentifier(gatewayId).targetId(targetId).build());
			GetGatewayTargetResponse found = client.getGatewayTarget(get.request());
			return status.equals(found.statusAsString()) ? get.received() : null;
		});
	}

	@Test
	void unknownMembersAreValidationErrorsNamingThem() {
		ValidationException error = catchThrowableOfType(ValidationException.class, () -> client.createGateway(
				MemberShimForTests.with(openGateway(uniqueName("Unknown"), roleArn()), """
						{"protocolConfiguration": {"mcp": {"sessionTimeout": 900}}}""").request()));
		assertThat(error.getMessage()).contains("protocolConfiguration.mcp.sessionTimeout").contains("Unknown member");
		assertThat(error.fieldList()).singleElement()
			.satisfies(field -> assertThat(field.name()).isEqualTo("protocolConfiguration.mcp.sessionTimeout"));
	}

	@Test
	void accessDeniedFaultAnswers403NamingTheAction() {
		faults("{\"accessDenied\": [\"CreateGateway\"]}");
		AccessDeniedException error = catchThrowableOfType(AccessDeniedException.class,
				() -> client.createGateway(openGateway(uniqueName("Denied"), roleArn())));
		assertThat(error.statusCode()).isEqualTo(403);
		assertThat(error.getMessage()).contains("bedrock-agentcore:CreateGateway");
		assertThat(error.awsErrorDetails().serviceName()).as("what AwsFailures maps to bedrock-agentcore")
			.isEqualTo("BedrockAgentCoreControl");
		assertThat(client.listGateways(request -> request.maxResults(1)).items()).as("other operations still work").isNotNull();
	}

	@Test
	void runsAloneWithoutDatabaseIssuerOrControlPlane() {
		assertThat(simulator.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
		assertThat(simulator.getBeanNamesForType(org.springframework.security.oauth2.jwt.JwtDecoder.class)).isEmpty();
		assertThat(simulator.getEnvironment().getActiveProfiles()).containsExactly(AgentCoreSimulator.PROFILE);
		assertThat(http.get("/api/v1/me", null).status()).isEqualTo(404);
	}

	@Test
	void throttlingFaultAnswers429ThrottlingException() {
		faults("{\"throttleRate\": 1.0}");
		ThrottlingException error = catchThrowableOfType(ThrottlingException.class,
				() -> client.listGateways(request -> request.maxResults(1)));
		assertThat(error.statusCode()).isEqualTo(429);
		assertThat(error.isThrottlingException()).isTrue();
	}

	@Test
	void serverErrorFaultAnswers500() {
		faults("{\"serverErrorRate\": 1.0}");
		InternalServerException error = catchThrowableOfType(InternalServerException.class,
				() -> client.listGateways(request -> request.maxResults(1)));
		assertThat(error.statusCode()).isEqualTo(500);
	}

	@Test
	void partialFaultRatesAreRepeatableWithASeed() {
		String pattern = "{\"throttleRate\": 0.3, \"serverErrorRate\": 0.1, \"seed\": 7}";
		faults(pattern);
		String first = outcomes(40);
		faults(pattern);
		assertThat(outcomes(40)).isEqualTo(first).contains("T").contains(".");
	}

	@Test
	void latencyIsAddedToEveryCall() {
		faults("{\"latencyMs\": 300}");
		long started = System.nanoTime();
		client.listGateways(request -> request.maxResults(1));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void transitionDelayKeepsAGatewayCreatingAndChangesMeanwhileConflict() {
		faults("{\"transitionDelayMs\": 600}");
		String name = uniqueName("Slow");
		String id = client.createGateway(openGateway(name, roleArn())).gatewayId();
		assertThat(client.getGateway(request -> request.gatewayIdentifier(id)).status()).isEqualTo(GatewayStatus.CREATING);
		assertThatThrownBy(() -> client.deleteGateway(request -> request.gatewayIdentifier(id)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> client.createGatewayTarget(mcpServerTarget(id, "early", "https://mcp.example.com")))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("READY");
		awaitGateway(id, GatewayStatus.READY);
		deleteQuietly(id);
	}

	@Test
	void namesMatchingTheFailurePatternEndFailedWithReasons() {
		faults("{\"failNamesMatching\": \"^Doomed\"}");
		String id = client.createGateway(openGateway(uniqueName("Doomed"), roleArn())).gatewayId();
		GetGatewayResponse failed = awaitGateway(id, GatewayStatus.FAILED);
		assertThat(failed.statusReasons()).singleElement().asString().contains("Simulated failure");
		faults("{}");
		deleteQuietly(id);
	}

	@Test
	void mutatingQuotaThrottlesCallsBeyondIt() {
		faults("{\"mutatingTps\": 2}");
		int throttled = 0;
		for (int i = 0; i < 6; i++) {
			try {
				client.createGateway(openGateway("Quota-" + i + "-" + uniqueName("q"), roleArn()).toBuilder()
					.clientToken(clientToken())
					.build());
			}
			catch (ThrottlingException ex) {
				throttled++;
			}
		}
		assertThat(throttled).as("a burst of 6 creates at 2 TPS").isGreaterThanOrEqualTo(3);
		assertThat(client.listGateways(request -> request.maxResults(1)).items()).isNotNull();
		faults("{}");
		allGateways().stream().filter(gateway -> gateway.name().startsWith("Quota-")).forEach(g -> deleteQuietly(g.gatewayId()));
	}

	@Test
	void readQuotaThrottlesReads() {
		faults("{\"readTps\": 1}");
		client.listGateways(request -> request.maxResults(1));
		assertThatThrownBy(() -> client.listGateways(request -> request.maxResults(1)))
			.isInstanceOf(ThrottlingException.class);
	}

	@Test
	void targetQuotaPerGatewayIs100() {
		String id = readyGateway("Full");
		for (int i = 0; i < 100; i++) {
			client.createGatewayTarget(mcpServerTarget(id, "t" + i, "https://mcp.example.com/" + i));
		}
		ServiceQuotaExceededException error = catchThrowableOfType(ServiceQuotaExceededException.class,
				() -> client.createGatewayTarget(mcpServerTarget(id, "t100", "https://mcp.example.com/100")));
		assertThat(error.statusCode()).isEqualTo(402);
		deleteQuietly(id);
	}

	@Test
	void gatewayLimitOfTheAccountIsEnforced() {
		try (ConfigurableApplicationContext small = AgentCoreSimulator.run("--server.port=0",
				"--controlplane.simulator.gateway-limit=1");
				BedrockAgentCoreControlClient smallClient = BedrockAgentCoreControlClient.builder()
					.endpointOverride(URI.create("http://localhost:" + small.getEnvironment().getProperty("local.server.port")
							+ AgentCoreWireController.BASE_PATH))
					.region(Region.US_EAST_1)
					.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
					.build()) {
			smallClient.createGateway(openGateway(uniqueName("One"), roleArn()));
			ServiceQuotaExceededException error = catchThrowableOfType(ServiceQuotaExceededException.class,
					() -> smallClient.createGateway(openGateway(uniqueName("Two"), roleArn())));
			assertThat(error.statusCode()).isEqualTo(402);
		}
	}

	@Test
	void resourcesShowWhatTheAccountHoldsAndHowOftenItCreated() {
		String id = readyGateway("Shown");
		JsonNode resources = http.get("/local/aws/resources", null).json();
		assertThat(resources.get("gateways").valueStream().map(gateway -> gateway.get("gatewayId").asString()))
			.contains(id);
		assertThat(resources.at("/stats/gatewaysCreated").asLong()).isPositive();
		assertThat(resources.at("/stats/calls/CreateGateway").asLong()).isPositive();
		deleteQuietly(id);
	}

	/** Issue #11: no security runs in the simulator, so it serves no operations endpoint but health. */
	@Test
	void onlyHealthIsServedAmongOperationsEndpoints() {
		assertThat(http.get("/actuator/health", null).status()).isEqualTo(200);
		assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(404);
		assertThat(http.get("/actuator/info", null).status()).isEqualTo(404);
	}

	@Test
	void faultSettingsAreValidated() {
		Http.Response response = http.send("PUT", "/local/aws/faults", null, "application/json",
				"{\"throttleRate\": 2, \"failNamesMatching\": \"(\"}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		Http.Response regex = http.send("PUT", "/local/aws/faults", null, "application/json", "{\"failNamesMatching\": \"(\"}");
		assertThat(regex.json().at("/errors/0/field").asString()).isEqualTo("failNamesMatching");
	}

	/** Issue #11: a catastrophic failure pattern is refused when set, and bounded when it slips through. */
	@Test
	void failurePatternsCannotStallTheSimulator() {
		Http.Response refused = http.send("PUT", "/local/aws/faults", null, "application/json",
				"{\"failNamesMatching\": \"((a+)+)+b\"}");
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("failNamesMatching");
		faults("{\"failNamesMatching\": \"((x+)+)+y\"}");
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			String id = client.createGateway(openGateway("x".repeat(40), roleArn())).gatewayId();
			assertThat(awaitGateway(id, GatewayStatus.READY).statusReasons()).isEmpty();
			client.listGateways(request -> request.maxResults(1));
			faults("{}");
			deleteQuietly(id);
		});
	}

	@Test
	void faultsCanBeReadBackAndOmittedFieldsTakeDefaults() {
		faults("{\"throttleRate\": 0.5, \"latencyMs\": 5}");
		faults("{\"latencyMs\": 10}");
		JsonNode faults = http.get("/local/aws/faults", null).json();
		assertThat(faults.get("throttleRate").asDouble()).isZero();
		assertThat(faults.get("latencyMs").asLong()).isEqualTo(10);
	}

	private String outcomes(int calls) {
		StringBuilder outcomes = new StringBuilder();
		for (int i = 0; i < calls; i++) {
			try {
				client.listGateways(request -> request.maxResults(1));
				outcomes.append('.');
			}
			catch (ThrottlingException ex) {
				outcomes.append('T');
			}
			catch (InternalServerException ex) {
				outcomes.append('E');
			}
		}
		return outcomes.toString();
	}

	private static void faults(String json) {
		Http.Response response = http.send("PUT", "/local/aws/faults", null, "application/json", json);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	/** An MCP server target whose OAuth credentials use the authorization-code grant: it waits for a consent. */
	private static CreateGatewayTargetRequest authorizationCodeTarget(String gatewayId, String name, String endpoint,
			String scope) {
		return AgentCoreFixtures.mcpServerTarget(gatewayId, name, endpoint)
			.toBuilder()
			.credentialProviderConfigurations(CredentialProviderConfiguration.builder()
				.credentialProviderType(CredentialProviderType.OAUTH)
				.credentialProvider(CredentialProvider.fromOauthCredentialProvider(OAuthCredentialProvider.builder()
					.providerArn("arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/g")
					.scopes(scope)
					.grantType("AUTHORIZATION_CODE")
					.defaultReturnUrl("https://app.example.com/done")
					.build()))
				.build())
			.build();
	}

}
