package dev.agentcore.controlplane.policy;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.agentcore.controlplane.simulator.AgentCoreSimulator;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.Await;

/**
 * The simulated AgentCore as its own application (one per test JVM), an SDK client to look at it out
 * of band, and waiting for the provisioner: what the policy integration tests share.
 */
final class SimulatedAccount {

	static final Duration CONVERGE = Duration.ofSeconds(60);

	private static ConfigurableApplicationContext simulator;

	private static BedrockAgentCoreControlClient client;

	private SimulatedAccount() {
	}

	/** An isolated database, the provisioner on, and AgentCore calls going to the simulator. */
	static void register(DynamicPropertyRegistry registry, String database) {
		TestDatabase.Connection connection = TestDatabase.isolated(database);
		registry.add("spring.datasource.url", connection::url);
		String endpoint = endpoint();
		registry.add("controlplane.aws.agentcore-endpoint", () -> endpoint);
	}

	static synchronized String endpoint() {
		if (simulator == null) {
			simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=11");
			client = BedrockAgentCoreControlClient.builder()
				.endpointOverride(URI.create(url()))
				.region(Region.US_EAST_1)
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
				.build();
		}
		return url();
	}

	/** An SDK client of the simulator, for looking at "AWS" out of band. */
	static BedrockAgentCoreControlClient outOfBand() {
		endpoint();
		return client;
	}

	static Http http() {
		endpoint();
		return new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
	}

	private static String url() {
		return "http://localhost:" + simulator.getEnvironment().getProperty("local.server.port") + "/local/aws/agentcore";
	}

	static JsonNode awaitPhase(Api api, String path, String phase) {
		return await(() -> {
			JsonNode resource = api.get(path).json();
			return resource.at("/status/phase").asString().equals(phase) ? resource : null;
		});
	}

	static <T> T await(Supplier<T> probe) {
		return Await.until(CONVERGE, "convergence", probe);
	}

}
