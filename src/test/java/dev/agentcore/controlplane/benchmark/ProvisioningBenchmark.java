package dev.agentcore.controlplane.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.simulator.AgentCoreSimulator;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.mcpTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;

/**
 * The provisioner's speed against the simulator (transition delay 0): POST → READY latency of
 * single gateways, and how close a burst of 200 gateways x 2 targets gets to the AgentCore
 * mutating quota Q without throttling. Run with {@code ./mvnw -Pbenchmark verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"logging.level.root=WARN", "controlplane.provisioning.enabled=true",
		"controlplane.provisioning.mutating-tps=" + ProvisioningBenchmark.QUOTA,
		"controlplane.provisioning.read-tps=" + ProvisioningBenchmark.READ_QUOTA })
class ProvisioningBenchmark {

	static final int QUOTA = 5;

	static final int READ_QUOTA = 50;

	static ConfigurableApplicationContext simulator;

	@DynamicPropertySource
	static void isolated(DynamicPropertyRegistry registry) {
		String url = TestDatabase.isolated("provisioning_benchmark").url();
		registry.add("spring.datasource.url", () -> url);
		simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=3");
		registry.add("controlplane.aws.agentcore-endpoint", () -> "http://localhost:"
				+ simulator.getEnvironment().getProperty("local.server.port") + "/local/aws/agentcore");
	}

	@LocalServerPort
	int port;

	@Test
	void postToReadyLatencyAndQuotaUse() {
		Http aws = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
		Api api = Api.asTeam(port, unique("bench"));
		for (int i = 0; i < 5; i++) {
			timeToReady(api);
		}
		double[] latencies = new double[40];
		for (int i = 0; i < latencies.length; i++) {
			latencies[i] = timeToReady(api);
		}
		Arrays.sort(latencies);

		aws.send("PUT", "/local/aws/faults", null, "application/json", "{\"mutatingTps\": " + QUOTA + "}");
		JsonNode before = aws.get("/local/aws/resources", null).json().get("stats");
		long started = System.nanoTime();
		List<String> gateways = new ArrayList<>();
		for (int i = 0; i < Integer.getInteger("benchmark.burst", 200); i++) {
			String id = api.post("/api/v1/gateways", openGateway(unique("Burst" + i))).json().get("id").asString();
			api.post("/api/v1/gateways/" + id + "/targets", lambdaTarget("a"));
			api.post("/api/v1/gateways/" + id + "/targets", mcpTarget("b"));
			gateways.add(id);
		}
		for (String id : gateways) {
			while (!allReady(api, id)) {
				sleep(100);
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		JsonNode after = aws.get("/local/aws/resources", null).json().get("stats");
		long mutating = calls(after, before, "CreateGateway") + calls(after, before, "CreateGatewayTarget")
				+ calls(after, before, "UpdateGateway") + calls(after, before, "UpdateGatewayTarget");
		long created = (after.get("gatewaysCreated").asLong() - before.get("gatewaysCreated").asLong())
				+ (after.get("targetsCreated").asLong() - before.get("targetsCreated").asLong());
		long throttled = after.at("/errors/ThrottlingException").asLong() - before.at("/errors/ThrottlingException").asLong();
		double rate = created / seconds;

		System.out.println();
		System.out.println("Provisioning benchmark (simulator, transition delay 0, 2 cores):");
		System.out.printf("  POST -> READY, single gateway (%d runs): p50 %.0f ms, p99 %.0f ms%n", latencies.length,
				latencies[latencies.length / 2], latencies[(int) Math.ceil(latencies.length * 0.99) - 1]);
		System.out.printf("  200 gateways x 2 targets at mutating quota Q = %d TPS: %d resources created with %d mutating calls "
				+ "in %.1f s = %.2f creates/s = %.2f Q; throttling errors seen: %d%n", QUOTA, created, mutating, seconds, rate,
				rate / QUOTA, throttled);
		System.out.println();
	}

	private static double timeToReady(Api api) {
		long started = System.nanoTime();
		String id = api.post("/api/v1/gateways", openGateway(unique("Single"))).json().get("id").asString();
		while (!api.get("/api/v1/gateways/" + id).json().at("/status/phase").asString().equals("READY")) {
			sleep(5);
		}
		if (Boolean.getBoolean("benchmark.trace")) {
			api.get("/api/v1/gateways/" + id + "/events").json().get("items")
				.forEach(event -> System.out.println("  " + event.get("at").asString() + " " + event.get("message").asString()));
		}
		return (System.nanoTime() - started) / 1e6;
	}

	private static boolean allReady(Api api, String id) {
		if (!api.get("/api/v1/gateways/" + id).json().at("/status/phase").asString().equals("READY")) {
			return false;
		}
		return api.get("/api/v1/gateways/" + id + "/targets").json().get("items").valueStream()
			.allMatch(target -> target.at("/status/phase").asString().equals("READY"));
	}

	private static long calls(JsonNode after, JsonNode before, String operation) {
		return after.at("/calls/" + operation).asLong() - before.at("/calls/" + operation).asLong();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(Duration.ofMillis(millis));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
