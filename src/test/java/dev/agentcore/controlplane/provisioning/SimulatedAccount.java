package dev.agentcore.controlplane.provisioning;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import dev.agentcore.controlplane.provisioning.aws.MemberShimForTests;
import dev.agentcore.controlplane.simulator.AgentCoreSimulator;
import dev.agentcore.controlplane.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simulated AWS account in its own context, as a separate process would be: its wire endpoint
 * for the control plane, its controls, and an out-of-band SDK client (with the member shim) for
 * what an operator with the console would do.
 */
final class SimulatedAccount {

	static final Duration CONVERGE = Duration.ofSeconds(60);

	static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	final ConfigurableApplicationContext context;

	final Http http;

	final BedrockAgentCoreControlClient outOfBand;

	final String endpoint;

	private SimulatedAccount(long seed) {
		context = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=" + seed);
		String port = context.getEnvironment().getProperty("local.server.port");
		http = new Http(Integer.parseInt(port));
		endpoint = "http://localhost:" + port + "/local/aws/agentcore";
		outOfBand = BedrockAgentCoreControlClient.builder()
			.endpointOverride(URI.create(endpoint))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
			.overrideConfiguration(config -> config.addExecutionInterceptor(MemberShimForTests.interceptor()))
			.build();
	}

	static SimulatedAccount start(long seed) {
		return new SimulatedAccount(seed);
	}

	/** Points the control plane under test at this account. */
	void register(DynamicPropertyRegistry registry) {
		registry.add("controlplane.aws.agentcore-endpoint", () -> endpoint);
	}

	void faults(String json) {
		Http.Response response = http.send("PUT", "/local/aws/faults", null, "application/json", json);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	JsonNode resources() {
		return http.get("/local/aws/resources", null).json();
	}

	JsonNode stats() {
		return resources().get("stats");
	}

	/** The gateway as AWS holds it, in its wire form (every member, including those the SDK does not know). */
	JsonNode gateway(String gatewayId) {
		return resources().get("gateways").valueStream()
			.filter(gateway -> gateway.get("gatewayId").asString().equals(gatewayId))
			.findFirst()
			.orElseThrow();
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

}
