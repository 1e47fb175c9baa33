package dev.agentcore.controlplane.support;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.iam.IamClient;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.simulator.AgentCoreSimulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control plane with its provisioner against a simulated AWS account started alone (as a
 * real account outlives the control plane), with out-of-band SDK clients for AgentCore and IAM,
 * as someone working in the console would have. Test classes extending it share one database and
 * one simulated account; each test works as a team of its own. Each class gets its own context, closed
 * after it: a cached context would be paused between classes, and the work queue's scheduler does not
 * start again once stopped.
 */
@org.springframework.test.annotation.DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.backoff-base=50ms",
		"controlplane.provisioning.backoff-max=400ms", "controlplane.provisioning.polling-interval=500ms",
		"controlplane.outbound.allow-private-networks=true" })
public abstract class SimulatedAwsTests {

	protected static final Duration CONVERGE = Duration.ofSeconds(60);

	protected static ConfigurableApplicationContext simulator;

	protected static Http simulatorHttp;

	protected static BedrockAgentCoreControlClient agentCore;

	protected static IamClient iam;

	@DynamicPropertySource
	static void isolatedDatabaseAndSimulatedAccount(DynamicPropertyRegistry registry) {
		TestDatabase.Connection database = TestDatabase.isolated("simulated_aws_tests");
		registry.add("spring.datasource.url", database::url);
		if (simulator == null) {
			simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=11");
			String base = "http://localhost:" + simulator.getEnvironment().getProperty("local.server.port");
			simulatorHttp = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
			StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));
			agentCore = BedrockAgentCoreControlClient.builder()
				.endpointOverride(URI.create(base + "/local/aws/agentcore"))
				.region(Region.US_EAST_1)
				.credentialsProvider(credentials)
				.build();
			iam = IamClient.builder()
				.endpointOverride(URI.create(base + "/local/aws/iam"))
				.region(Region.AWS_GLOBAL)
				.credentialsProvider(credentials)
				.overrideConfiguration(config -> config.addExecutionInterceptor(new QueryEndpointPath("/local/aws/iam")))
				.build();
		}
		registry.add("controlplane.aws.agentcore-endpoint",
				() -> "http://localhost:" + simulator.getEnvironment().getProperty("local.server.port") + "/local/aws/agentcore");
	}

	@LocalServerPort
	protected int port;

	protected Api api;

	@BeforeEach
	void newTeam() {
		api = Api.asTeam(port, Fixtures.unique("team"));
		faults("{}");
	}

	@AfterEach
	void noFaults() {
		faults("{}");
	}

	protected String post(String path, String body) {
		Http.Response response = api.post(path, body);
		assertThat(response.status()).as(response.body()).isIn(201, 202);
		return response.json().get("id").asString();
	}

	protected JsonNode awaitPhase(String path, String phase) {
		return await(() -> {
			JsonNode resource = api.get(path).json();
			return resource.at("/status/phase").asString().equals(phase) ? resource : null;
		});
	}

	protected static <T> T await(Supplier<T> probe) {
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

	protected static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	protected static void faults(String json) {
		assertThat(simulatorHttp.send("PUT", "/local/aws/faults", null, "application/json", json).status()).isEqualTo(200);
	}

	/** What the simulated account holds and its call counters. */
	protected static JsonNode resources() {
		return simulatorHttp.get("/local/aws/resources", null).json();
	}

	/** Calls of one operation the simulated account answered since it started. */
	protected static long calls(String operation) {
		return resources().at("/stats/calls/" + operation).asLong(0);
	}

}
