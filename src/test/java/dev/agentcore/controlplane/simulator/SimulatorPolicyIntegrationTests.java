package dev.agentcore.controlplane.simulator;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreatePolicyEngineResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GatewayPolicyEngineConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetPolicyResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.PolicyDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.PolicyEngineStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.PolicyStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationExceptionReason;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.clientToken;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.lambdaTarget;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.openGateway;
import static dev.agentcore.controlplane.simulator.AgentCoreFixtures.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The simulated AgentCore's policy engines and policies through the real SDK client: their wire
 * protocol, statuses and rules, statements checked with Cedar against the attached gateways' tools,
 * and the data plane's decision for an enforcing gateway.
 */
class SimulatorPolicyIntegrationTests {

	static final String ROLE = "arn:aws:iam::123456789012:role/gateway";

	static ConfigurableApplicationContext simulator;

	static BedrockAgentCoreControlClient client;

	static final String FORBID_ALL = "forbid(principal, action, resource is AgentCore::Gateway) when { context has input };";

	@BeforeAll
	static void startSimulator() {
		simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=5");
		client = BedrockAgentCoreControlClient.builder()
			.endpointOverride(URI.create("http://localhost:" + simulator.getEnvironment().getProperty("local.server.port")
					+ AgentCoreWireController.BASE_PATH))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration(config -> config.retryPolicy(RetryPolicy.none()))
			.build();
	}

	@AfterAll
	static void stopSimulator() {
		client.close();
		simulator.close();
	}

	@Test
	void enginesAreCreatedOnceByClientTokenAndBecomeActive() {
		String name = engineName();
		String token = clientToken();
		CreatePolicyEngineResponse created = client.createPolicyEngine(r -> r.name(name).description("d").clientToken(token));
		assertThat(created.statusAsString()).isEqualTo("CREATING");
		assertThat(created.policyEngineId()).matches(name + "-[A-Za-z0-9]{10}");
		assertThat(client.createPolicyEngine(r -> r.name(name).description("d").clientToken(token)).policyEngineId())
			.isEqualTo(created.policyEngineId());
		assertThat(catchThrowableOfType(ConflictException.class, () -> client.createPolicyEngine(r -> r.name(name))))
			.hasMessageContaining("already exists");
		await(() -> client.getPolicyEngine(r -> r.policyEngineId(created.policyEngineId())).status() == PolicyEngineStatus.ACTIVE
				? true : null);
		assertThat(client.listPolicyEngines(r -> r.maxResults(100)).policyEngines())
			.anyMatch(engine -> engine.policyEngineArn().equals(created.policyEngineArn()));
		client.deletePolicyEngine(r -> r.policyEngineId(created.policyEngineId()));
		await(() -> catchThrowableOfType(ResourceNotFoundException.class,
				() -> client.getPolicyEngine(r -> r.policyEngineId(created.policyEngineId()))));
	}

	@Test
	void statementsAreCheckedAgainstTheToolsOfTheGatewaysThatAttachTheEngine() {
		String engine = activeEngine();
		String arn = client.getPolicyEngine(r -> r.policyEngineId(engine)).policyEngineArn();
		String gatewayArn = readyGatewayWithWeather(arn, "LOG_ONLY");
		String valid = createPolicy(engine, readersMayAskWeather(gatewayArn, "weather___get_weather"), "FAIL_ON_ANY_FINDINGS");
		assertThat(settled(engine, valid).status()).isEqualTo(PolicyStatus.ACTIVE);
		String missing = createPolicy(engine, readersMayAskWeather(gatewayArn, "weather___get_forecast"), "FAIL_ON_ANY_FINDINGS");
		GetPolicyResponse failed = settled(engine, missing);
		assertThat(failed.status()).isEqualTo(PolicyStatus.CREATE_FAILED);
		assertThat(failed.statusReasons()).singleElement().asString()
			.contains("Line 1, column", "weather___get_forecast", "weather___get_weather");
		assertThat(catchThrowableOfType(ConflictException.class, () -> client.deletePolicyEngine(r -> r.policyEngineId(engine))))
			.hasMessageContaining("policies");
	}

	@Test
	void automatedReasoningFindingsFailAPolicyOnlyWhenAskedTo() {
		String engine = activeEngine();
		String everything = "permit(principal, action, resource is AgentCore::Gateway);";
		assertThat(settled(engine, createPolicy(engine, everything, "FAIL_ON_ANY_FINDINGS")).statusReasons())
			.singleElement().asString().startsWith("Overly permissive");
		assertThat(settled(engine, createPolicy(engine, everything, "IGNORE_ALL_FINDINGS")).status())
			.isEqualTo(PolicyStatus.ACTIVE);
	}

	@Test
	void anEnforcingGatewayDecidesToolCallsWithTheEnginesActivePolicies() {
		String engine = activeEngine();
		String arn = client.getPolicyEngine(r -> r.policyEngineId(engine)).policyEngineArn();
		String gatewayArn = readyGatewayWithWeather(arn, "ENFORCE");
		String gatewayId = gatewayArn.substring(gatewayArn.lastIndexOf('/') + 1);
		String permit = createPolicy(engine, readersMayAskWeather(gatewayArn, "weather___get_weather"), "FAIL_ON_ANY_FINDINGS");
		assertThat(settled(engine, permit).status()).isEqualTo(PolicyStatus.ACTIVE);
		SimulatedToolCalls calls = simulator.getBean(SimulatedToolCalls.class);
		SimulatedToolCalls.Outcome allowed = calls.decide(gatewayId, Map.of("sub", "a", "scope", "weather:read"), null,
				"weather___get_weather", Map.of("city", "Oslo"));
		assertThat(allowed.proceeds()).isTrue();
		assertThat(allowed.decision().determiningPolicies()).containsExactly(permit);
		SimulatedToolCalls.Outcome denied = calls.decide(gatewayId, Map.of("sub", "a", "scope", "weather:none"), null,
				"weather___get_weather", Map.of("city", "Oslo"));
		assertThat(denied.enforced()).isTrue();
		assertThat(denied.proceeds()).isFalse();
		JsonNode called = toolsCall(gatewayId, "weather___get_weather", "{\"city\": \"Oslo\"}");
		assertThat(called.at("/result/isError").asBoolean()).as(called.toString()).isTrue();
		assertThat(called.at("/result/content/0/text").asString()).startsWith("Denied by policy: no policy");
		client.deletePolicy(r -> r.policyEngineId(engine).policyId(permit));
		await(() -> client.listPolicies(r -> r.policyEngineId(engine)).policies().isEmpty() ? true : null);
		assertThat(catchThrowableOfType(ConflictException.class, () -> client.deletePolicyEngine(r -> r.policyEngineId(engine))))
			.hasMessageContaining("associated with gateway");
	}

	/** A tools/call on the simulated data plane, as an agent sends it (the gateway authorizes with NONE). */
	private static JsonNode toolsCall(String gatewayId, String tool, String arguments) {
		Http http = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
		return http.send("POST", SimulatorUrls.GATEWAYS + gatewayId + "/mcp", null, "application/json", """
				{"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "%s", "arguments": %s}}"""
			.formatted(tool, arguments)).json();
	}

	private static String readersMayAskWeather(String gatewayArn, String tool) {
		return "permit(principal, action == AgentCore::Action::\"" + tool + "\", resource == AgentCore::Gateway::\""
				+ gatewayArn + "\") when { principal.hasTag(\"scope\") && principal.getTag(\"scope\") like \"*weather:read*\" };";
	}

	@Test
	void aClientTokenReusedWithAnotherRequestIsTheSameValidationExceptionForEnginesAndPolicies() {
		String token = clientToken();
		String name = engineName();
		client.createPolicyEngine(r -> r.name(name).clientToken(token));
		ValidationException engine = catchThrowableOfType(ValidationException.class,
				() -> client.createPolicyEngine(r -> r.name(name).description("another").clientToken(token)));
		assertThat(engine.reason()).isEqualTo(ValidationExceptionReason.IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION);

		String active = activeEngine();
		String policyToken = clientToken();
		String policy = engineName();
		client.createPolicy(r -> r.policyEngineId(active).name(policy).clientToken(policyToken)
			.definition(PolicyDefinition.fromCedar(cedar -> cedar.statement(FORBID_ALL))));
		ValidationException repeated = catchThrowableOfType(ValidationException.class,
				() -> client.createPolicy(r -> r.policyEngineId(active).name(policy).clientToken(policyToken)
					.description("another").definition(PolicyDefinition.fromCedar(cedar -> cedar.statement(FORBID_ALL)))));
		assertThat(repeated.statusCode()).isEqualTo(400);
		assertThat(repeated.reason()).isEqualTo(ValidationExceptionReason.IDEMPOTENT_PARAMETER_MISMATCH_EXCEPTION);
	}

	@Test
	void deletionsTheFaultsDoomEndDeleteFailedWithReasonsAndADeleteAgainGoesThrough() {
		String engine = client.createPolicyEngine(r -> r.name("doomed_" + engineName())).policyEngineId();
		await(() -> client.getPolicyEngine(r -> r.policyEngineId(engine)).status() == PolicyEngineStatus.ACTIVE ? true : null);
		faults("{\"failDeletesMatching\": \"^doomed_\"}");
		try {
			client.deletePolicyEngine(r -> r.policyEngineId(engine));
			var failed = await(() -> {
				var found = client.getPolicyEngine(r -> r.policyEngineId(engine));
				return found.status() == PolicyEngineStatus.DELETING ? null : found;
			});
			assertThat(failed.status()).isEqualTo(PolicyEngineStatus.DELETE_FAILED);
			assertThat(failed.statusReasons()).singleElement().asString().contains("doomed_", "delete it again");
		}
		finally {
			faults("{}");
		}
		client.deletePolicyEngine(r -> r.policyEngineId(engine));
		await(() -> catchThrowableOfType(ResourceNotFoundException.class, () -> client.getPolicyEngine(r -> r.policyEngineId(engine))));
	}

	private static void faults(String json) {
		Http http = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
		assertThat(http.send("PUT", "/local/aws/faults", null, "application/json", json).status()).isEqualTo(200);
	}

	private static String readyGatewayWithWeather(String engineArn, String mode) {
		String gatewayId = client.createGateway(openGateway(uniqueName("Policy"), ROLE).toBuilder()
			.policyEngineConfiguration(GatewayPolicyEngineConfiguration.builder().arn(engineArn).mode(mode).build())
			.build()).gatewayId();
		await(() -> client.getGateway(r -> r.gatewayIdentifier(gatewayId)).statusAsString().equals("READY") ? true : null);
		String targetId = client.createGatewayTarget(lambdaTarget(gatewayId, "weather")).targetId();
		await(() -> client.getGatewayTarget(r -> r.gatewayIdentifier(gatewayId).targetId(targetId)).statusAsString()
			.equals("READY") ? true : null);
		return client.getGateway(r -> r.gatewayIdentifier(gatewayId)).gatewayArn();
	}

	private static String activeEngine() {
		String id = client.createPolicyEngine(r -> r.name(engineName())).policyEngineId();
		await(() -> client.getPolicyEngine(r -> r.policyEngineId(id)).status() == PolicyEngineStatus.ACTIVE ? true : null);
		return id;
	}

	private static String createPolicy(String engine, String statement, String mode) {
		return client.createPolicy(r -> r.policyEngineId(engine)
			.name(engineName())
			.definition(PolicyDefinition.fromCedar(cedar -> cedar.statement(statement)))
			.validationMode(mode)).policyId();
	}

	private static GetPolicyResponse settled(String engine, String policy) {
		return await(() -> {
			GetPolicyResponse found = client.getPolicy(r -> r.policyEngineId(engine).policyId(policy));
			return found.status() == PolicyStatus.CREATING ? null : found;
		});
	}

	private static String engineName() {
		return uniqueName("p").replace('-', '_');
	}

	private static <T> T await(Supplier<T> probe) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("did not settle");
	}

}
