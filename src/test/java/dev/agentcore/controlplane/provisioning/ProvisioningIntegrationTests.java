package dev.agentcore.controlplane.provisioning;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.simulator.AgentCoreSimulator;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.jwtGateway;
import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.mcpTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The provisioner end to end: REST → PostgreSQL → db-scheduler → the real AWS SDK client → the
 * simulated AgentCore (its own process-like instance, with faults), and back into the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.backoff-base=50ms",
		"controlplane.provisioning.backoff-max=400ms", "controlplane.provisioning.polling-interval=500ms",
		"controlplane.outbound.allow-private-networks=true" })
class ProvisioningIntegrationTests {

	static final Duration CONVERGE = Duration.ofSeconds(60);

	static ConfigurableApplicationContext simulator;

	static Http simulatorHttp;

	static BedrockAgentCoreControlClient outOfBand;

	@DynamicPropertySource
	static void isolatedDatabaseAndSimulator(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.isolated("provisioning_tests");
		registry.add("spring.datasource.url", database::url);
		if (simulator == null) {
			simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=7");
			String port = simulator.getEnvironment().getProperty("local.server.port");
			simulatorHttp = new Http(Integer.parseInt(port));
			outOfBand = BedrockAgentCoreControlClient.builder()
				.endpointOverride(URI.create("http://localhost:" + port + "/local/aws/agentcore"))
				.region(Region.US_EAST_1)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
				.build();
		}
		registry.add("controlplane.aws.agentcore-endpoint",
				() -> "http://localhost:" + simulator.getEnvironment().getProperty("local.server.port") + "/local/aws/agentcore");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reconciler reconciler;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
		faults("{}");
	}

	@AfterEach
	void clearFaults() {
		faults("{}");
		CrashOnce.names.clear();
	}

	@Test
	void gatewayReachesReadyWithAwsIdsAndUrl() {
		String id = post("/api/v1/gateways", openGateway(unique("Ready")));
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		assertThat(ready.at("/status/observedGeneration").asLong()).isEqualTo(1);
		assertThat(ready.at("/aws/gatewayId").asString()).matches("ready-[a-z0-9]{8}-[a-z0-9]{10}");
		assertThat(ready.at("/aws/gatewayArn").asString()).endsWith(":gateway/" + ready.at("/aws/gatewayId").asString());
		assertThat(ready.at("/aws/gatewayUrl").asString()).startsWith("https://").endsWith("/mcp");
		JsonNode events = api.get("/api/v1/gateways/" + id + "/events?limit=200").json().get("items");
		JsonNode create = events.valueStream().filter(e -> e.get("type").asString().equals("AWS_CALL")).findFirst().orElseThrow();
		assertThat(create.get("message").asString()).startsWith("CreateGateway");
		assertThat(create.get("awsRequestId").asString()).isNotBlank();
		assertThat(create.get("actor").asString()).isEqualTo("provisioner");
	}

	@Test
	void targetWaitsForItsGatewayThenBecomesReady() {
		faults("{\"transitionDelayMs\": 1500}");
		String gateway = post("/api/v1/gateways", openGateway(unique("Slow")));
		String target = post("/api/v1/gateways/" + gateway + "/targets", lambdaTarget("weather"));
		String targetPath = "/api/v1/gateways/" + gateway + "/targets/" + target;
		JsonNode waiting = await(() -> {
			JsonNode t = api.get(targetPath).json();
			return t.at("/status/message").asString().contains("Waiting for gateway") ? t : null;
		});
		assertThat(waiting.at("/aws/targetId").isNull()).isTrue();
		awaitPhase("/api/v1/gateways/" + gateway, "READY");
		JsonNode ready = awaitPhase(targetPath, "READY");
		assertThat(ready.at("/aws/targetId").asString()).matches("[0-9A-Z]{10}");
	}

	@Test
	void specChangeReachesAws() {
		String name = unique("Change");
		String id = post("/api/v1/gateways", openGateway(name));
		awaitPhase("/api/v1/gateways/" + id, "READY");
		Http.Response changed = api.put("/api/v1/gateways/" + id, "\"0\"", openGateway(name).replace("test gateway", "v2"));
		assertThat(changed.status()).isEqualTo(202);
		JsonNode ready = await(() -> {
			JsonNode g = api.get("/api/v1/gateways/" + id).json();
			return g.at("/status/phase").asString().equals("READY") && g.at("/status/observedGeneration").asLong() == 2 ? g : null;
		});
		String awsId = ready.at("/aws/gatewayId").asString();
		assertThat(outOfBand.getGateway(r -> r.gatewayIdentifier(awsId)).description()).isEqualTo("v2");
	}

	@Test
	void cascadeDeleteRemovesTargetsThenTheGateway() {
		String id = post("/api/v1/gateways", openGateway(unique("Cascade")));
		post("/api/v1/gateways/" + id + "/targets", lambdaTarget("a"));
		post("/api/v1/gateways/" + id + "/targets", mcpTarget("b"));
		await(() -> api.get("/api/v1/gateways/" + id + "/targets").json().get("items").valueStream()
			.allMatch(t -> t.at("/status/phase").asString().equals("READY")) ? true : null);
		String awsId = api.get("/api/v1/gateways/" + id).json().at("/aws/gatewayId").asString();
		assertThat(api.delete("/api/v1/gateways/" + id + "?cascade=true", "\"0\"").status()).isEqualTo(202);
		await(() -> api.get("/api/v1/gateways/" + id).status() == 404 ? true : null);
		assertThat(AgentCoreContractSupport.exists(outOfBand, awsId)).isFalse();
		List<String> deletions = jdbc.sql("select resource_type from resource_events where scope_id = ? and type = 'DELETED' order by id")
			.param(UUID.fromString(id))
			.query(String.class)
			.list();
		assertThat(deletions).containsExactly("TARGET", "TARGET", "GATEWAY");
	}

	/**
	 * Issue #11, finding 4: a gateway whose deletion waits for a target that is not being deleted
	 * (the state the delete/create race left) reports it instead of waiting forever, and a cascade
	 * DELETE resolves it.
	 */
	@Test
	void aDeletionBlockedByATargetIsReportedAndACascadeResolvesIt() {
		String id = post("/api/v1/gateways", openGateway(unique("Blocked")));
		String target = post("/api/v1/gateways/" + id + "/targets", lambdaTarget("kept"));
		awaitPhase("/api/v1/gateways/" + id + "/targets/" + target, "READY");
		jdbc.sql("update gateways set deletion_requested_at = now(), cascade_delete = false where id = ?")
			.param(UUID.fromString(id))
			.update();
		assertThat(api.post("/api/v1/gateways/" + id + "/reconcile", "").status()).isEqualTo(202);
		JsonNode blocked = await(() -> {
			JsonNode gateway = api.get("/api/v1/gateways/" + id).json();
			return gateway.at("/status/lastError/code").asString("").equals("DELETION_BLOCKED") ? gateway : null;
		});
		assertThat(blocked.at("/status/lastError/retryable").asBoolean()).isFalse();
		assertThat(blocked.at("/status/message").asString()).contains("?cascade=true");
		assertThat(api.delete("/api/v1/gateways/" + id + "?cascade=true", "*").status()).isEqualTo(202);
		await(() -> api.get("/api/v1/gateways/" + id).status() == 404 ? true : null);
	}

	@Test
	void terminalErrorIsShownNotRetriedAndFixedWithReconcile() {
		String name = unique("Taken");
		String squatter = outOfBand.createGateway(r -> r.name(name).roleArn("arn:aws:iam::123456789012:role/x")
			.protocolType("MCP").authorizerType("NONE")).gatewayId();
		String id = post("/api/v1/gateways", openGateway(name));
		JsonNode failed = awaitPhase("/api/v1/gateways/" + id, "FAILED");
		assertThat(failed.at("/status/lastError/code").asString()).isEqualTo("AWS_ConflictException");
		assertThat(failed.at("/status/lastError/retryable").asBoolean()).isFalse();
		assertThat(failed.at("/status/message").asString()).contains("outside the control plane");
		int attempts = failed.at("/status/attempts").asInt();
		sleep(Duration.ofMillis(1500));
		assertThat(api.get("/api/v1/gateways/" + id).json().at("/status/attempts").asInt()).as("not retried").isEqualTo(attempts);
		outOfBand.deleteGateway(r -> r.gatewayIdentifier(squatter));
		await(() -> AgentCoreContractSupport.exists(outOfBand, squatter) ? null : true);
		assertThat(api.post("/api/v1/gateways/" + id + "/reconcile", "").status()).isEqualTo(202);
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		assertThat(ready.at("/status/lastError").isNull()).isTrue();
	}

	@Test
	void failedAwsStatusIsTerminalWithReasonsAndReplacedOnReconcile() {
		String name = unique("Doomed");
		faults("{\"failNamesMatching\": \"^" + name + "$\"}");
		String id = post("/api/v1/gateways", openGateway(name));
		JsonNode failed = awaitPhase("/api/v1/gateways/" + id, "FAILED");
		assertThat(failed.at("/aws/status").asString()).isEqualTo("FAILED");
		assertThat(failed.at("/aws/statusReasons/0").asString()).contains("Simulated failure");
		faults("{}");
		api.post("/api/v1/gateways/" + id + "/reconcile", "");
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		assertThat(ready.at("/aws/gatewayId").asString()).isNotEqualTo(failed.at("/aws/gatewayId").asString());
	}

	@Test
	void convergesThroughThrottlingAndServerErrorsCreatingEachResourceOnce() {
		long gatewaysBefore = stats().get("gatewaysCreated").asLong();
		long targetsBefore = stats().get("targetsCreated").asLong();
		faults("{\"throttleRate\": 0.3, \"serverErrorRate\": 0.1, \"seed\": 11}");
		List<String> gateways = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String id = post("/api/v1/gateways", openGateway(unique("Storm" + i)));
			post("/api/v1/gateways/" + id + "/targets", lambdaTarget("a"));
			post("/api/v1/gateways/" + id + "/targets", mcpTarget("b"));
			gateways.add(id);
		}
		for (String id : gateways) {
			awaitPhase("/api/v1/gateways/" + id, "READY");
			await(() -> api.get("/api/v1/gateways/" + id + "/targets").json().get("items").valueStream()
				.allMatch(t -> t.at("/status/phase").asString().equals("READY")) ? true : null);
		}
		faults("{}");
		assertThat(stats().get("gatewaysCreated").asLong() - gatewaysBefore).isEqualTo(6);
		assertThat(stats().get("targetsCreated").asLong() - targetsBefore).isEqualTo(12);
		assertThat(reconciler.overlapsSeen()).isZero();
	}

	@Test
	void crashBetweenAwsCreateAndCommitIsAdoptedNotDuplicated() {
		String name = unique("Crash");
		CrashOnce.names.add(name);
		long before = stats().get("gatewaysCreated").asLong();
		String id = post("/api/v1/gateways", openGateway(name));
		JsonNode ready = awaitPhase("/api/v1/gateways/" + id, "READY");
		assertThat(CrashOnce.crashed).contains(name);
		assertThat(stats().get("gatewaysCreated").asLong() - before).as("created once").isEqualTo(1);
		JsonNode events = api.get("/api/v1/gateways/" + id + "/events?limit=200").json().get("items");
		assertThat(events.valueStream().map(e -> e.get("message").asString())).anyMatch(m -> m.contains("adopted"));
		assertThat(ready.at("/aws/gatewayId").asString()).isNotBlank();
	}

	@Test
	void twoSchedulersOnOneDatabaseNeverReconcileOneResourceTwiceAtOnce(@Autowired DataSource dataSource,
			@Autowired CustomTask<Void> reconcileTask) {
		Scheduler second = Scheduler.create(dataSource, reconcileTask)
			.threads(4)
			.pollingInterval(Duration.ofMillis(200))
			.pollUsingLockAndFetch(0.5, 1.0)
			.build();
		second.start();
		try {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				ids.add(post("/api/v1/gateways", openGateway(unique("Pair" + i))));
			}
			ids.forEach(id -> awaitPhase("/api/v1/gateways/" + id, "READY"));
			assertThat(reconciler.overlapsSeen()).isZero();
		}
		finally {
			second.stop();
		}
	}

	@Test
	void driftIsDetectedAndRepaired() {
		String name = unique("Drift");
		String id = post("/api/v1/gateways", openGateway(name));
		String awsId = awaitPhase("/api/v1/gateways/" + id, "READY").at("/aws/gatewayId").asString();
		var current = outOfBand.getGateway(r -> r.gatewayIdentifier(awsId));
		outOfBand.updateGateway(r -> r.gatewayIdentifier(awsId).name(current.name()).roleArn(current.roleArn())
			.protocolType("MCP").authorizerType("NONE").description("changed by hand"));
		api.post("/api/v1/gateways/" + id + "/reconcile", "");
		await(() -> "test gateway".equals(outOfBand.getGateway(r -> r.gatewayIdentifier(awsId)).description())
				&& "READY".equals(outOfBand.getGateway(r -> r.gatewayIdentifier(awsId)).statusAsString()) ? true : null);
		outOfBand.deleteGateway(r -> r.gatewayIdentifier(awsId));
		await(() -> AgentCoreContractSupport.exists(outOfBand, awsId) ? null : true);
		api.post("/api/v1/gateways/" + id + "/reconcile", "");
		JsonNode recreated = await(() -> {
			JsonNode g = api.get("/api/v1/gateways/" + id).json();
			// Between forgetting the deleted id and creating anew the row is still READY, without an id: not recreated yet.
			String recreatedId = g.at("/aws/gatewayId").asString();
			return g.at("/status/phase").asString().equals("READY") && !recreatedId.isBlank() && !awsId.equals(recreatedId) ? g : null;
		});
		assertThat(recreated.at("/aws/gatewayId").asString()).isNotBlank();
		JsonNode events = api.get("/api/v1/gateways/" + id + "/events?limit=200").json().get("items");
		assertThat(events.valueStream().filter(e -> e.get("type").asString().equals("DRIFT_DETECTED"))).hasSize(2);
	}

	@Test
	void idpProfileChangeReachesTheGatewaysAuthorizer() {
		String discovery = TestIssuer.get().issuer() + "/.well-known/openid-configuration";
		String profileName = unique("p");
		String profile = """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s", "allowedAudience": ["%s"]}""";
		String profileId = api.post("/api/v1/idp-profiles", profile.formatted(profileName, discovery, "first"))
			.json().get("id").asString();
		String id = post("/api/v1/gateways", jwtGateway(unique("Jwt"), profileId));
		String awsId = awaitPhase("/api/v1/gateways/" + id, "READY").at("/aws/gatewayId").asString();
		assertThat(api.put("/api/v1/idp-profiles/" + profileId, "\"0\"", profile.formatted(profileName, discovery, "second"))
			.status()).isEqualTo(200);
		await(() -> outOfBand.getGateway(r -> r.gatewayIdentifier(awsId)).authorizerConfiguration()
			.customJWTAuthorizer().allowedAudience().equals(List.of("second")) ? true : null);
		JsonNode ready = await(() -> {
			JsonNode g = api.get("/api/v1/gateways/" + id).json();
			return g.at("/status/observedGeneration").asLong() == 2 && g.at("/status/phase").asString().equals("READY") ? g : null;
		});
		assertThat(ready.get("generation").asLong()).isEqualTo(2);
	}

	@Test
	void mcpServerTargetIsSynchronized() {
		String gateway = post("/api/v1/gateways", openGateway(unique("Sync")));
		String target = post("/api/v1/gateways/" + gateway + "/targets", mcpTarget("tools"));
		String path = "/api/v1/gateways/" + gateway + "/targets/" + target;
		awaitPhase(path, "READY");
		api.post(path + "/synchronize", "");
		JsonNode synced = await(() -> {
			JsonNode t = api.get(path).json();
			return !t.at("/aws/lastSynchronizedAt").isNull() && t.at("/status/phase").asString().equals("READY") ? t : null;
		});
		assertThat(Instant.parse(synced.at("/aws/lastSynchronizedAt").asString())).isBefore(Instant.now().plusSeconds(1));
	}

	@Test
	void readinessIsDownWhenTheProvisionerDoesNotRun(@Autowired ProvisionerHealth health, @Autowired DataSource dataSource,
			@Autowired CustomTask<Void> reconcileTask, @Autowired ProvisioningSettings settings) {
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		JsonNode readiness = new Http(port).get("/actuator/health/readiness", null).json();
		assertThat(readiness.get("status").asString()).isEqualTo("UP");
		assertThat(readiness.at("/components/provisioner/status").asString()).isEqualTo("UP");
		Scheduler notStarted = Scheduler.create(dataSource, reconcileTask).build();
		assertThat(new ProvisionerHealth(notStarted, settings).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void metricsShowCallsReconcilesQueueAndPhases() {
		String id = post("/api/v1/gateways", openGateway(unique("Metered")));
		awaitPhase("/api/v1/gateways/" + id, "READY");
		String metrics = Api.asAdmin(port).get("/actuator/prometheus").body();
		assertThat(metrics).contains("controlplane_aws_calls_seconds_count{operation=\"CreateGateway\",outcome=\"success\"")
			.contains("controlplane_reconcile_duration_seconds_count{kind=\"gateway\"")
			.contains("controlplane_provisioning_queue_due")
			.contains("controlplane_provisioning_queue_oldest_due_seconds")
			.contains("controlplane_resources{account=\"own\",kind=\"gateway\",phase=\"READY\",region=\"own\"}");
	}

	String post(String path, String body) {
		Http.Response response = api.post(path, body);
		assertThat(response.status()).as(response.body()).isIn(201, 202);
		return response.json().get("id").asString();
	}

	JsonNode awaitPhase(String path, String phase) {
		return await(() -> {
			JsonNode resource = api.get(path).json();
			return resource.at("/status/phase").asString().equals(phase) ? resource : null;
		});
	}

	static <T> T await(Supplier<T> probe) {
		Instant deadline = Instant.now().plus(CONVERGE);
		while (Instant.now().isBefore(deadline)) {
			T value = probe.get();
			if (value != null) {
				return value;
			}
			sleep(Duration.ofMillis(50));
		}
		throw new AssertionError("did not converge within " + CONVERGE);
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void faults(String json) {
		assertThat(simulatorHttp.send("PUT", "/local/aws/faults", null, "application/json", json).status()).isEqualTo(200);
	}

	static JsonNode stats() {
		return simulatorHttp.get("/local/aws/resources", null).json().get("stats");
	}

	@TestConfiguration
	static class Crashes {

		@Bean
		static BeanPostProcessor crashOnceAfterCreate() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof AgentCore aws ? new CrashOnce(aws) : bean;
				}
			};
		}

	}

}
