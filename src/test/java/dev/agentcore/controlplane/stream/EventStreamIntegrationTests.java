package dev.agentcore.controlplane.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.ControlPlaneApplication;
import dev.agentcore.controlplane.simulator.AgentCoreSimulator;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream end to end, with the provisioner on the simulated AgentCore: a subscriber sees every
 * phase change up to READY in order, and one that reconnects with Last-Event-ID after the service
 * restarted gets exactly what it missed.
 */
class EventStreamIntegrationTests {

	static final Duration READY = Duration.ofSeconds(60);

	static ConfigurableApplicationContext simulator;

	static TestDatabase.Connection database;

	ConfigurableApplicationContext service;

	@BeforeAll
	static void simulatorAndDatabase() {
		simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=17");
		database = TestDatabase.isolated("stream_tests");
	}

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@AfterEach
	void stopService() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void subscriberSeesEveryPhaseChangeUpToReadyInOrder() {
		int port = start();
		String team = unique("team");
		String token = TestIssuer.get().token(team, "controlplane:write");
		Api api = Api.withToken(port, token);
		try (SseClient stream = SseClient.connect(port, token, null, null)) {
			assertThat(stream.status()).isEqualTo(200);
			String gateway = api.post("/api/v1/gateways", openGateway(unique("Streamed"))).json().get("id").asString();
			String target = api.post("/api/v1/gateways/" + gateway + "/targets", lambdaTarget("weather"))
				.json().get("id").asString();
			List<SseClient.Message> received = stream.until(
					m -> m.data().get("resourceId").asString().equals(target) && isPhaseChangeTo(m, "READY"), READY);
			received.addAll(stream.drain(Duration.ofMillis(800)));

			assertThat(phaseChanges(received, gateway)).containsExactly("PENDING -> CREATING", "CREATING -> READY");
			assertThat(phaseChanges(received, target)).last().isEqualTo("CREATING -> READY");
			assertThat(phaseChanges(received, target)).first().asString().startsWith("PENDING -> ");
			// Nothing of the history is missing or repeated, and the stream says whose it is.
			List<Long> history = new ArrayList<>();
			api.get("/api/v1/gateways/" + gateway + "/events?limit=200").json().get("items")
				.forEach(event -> history.addFirst(event.get("id").asLong()));
			assertThat(received.stream().map(SseClient.Message::eventId).toList()).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(history);
			assertThat(received).allSatisfy(m -> assertThat(m.data().get("team").asString()).isEqualTo(team));
			assertThat(received.getFirst().data().get("type").asString()).isEqualTo("SPEC_ACCEPTED");
		}
	}

	@Test
	void reconnectingWithLastEventIdAfterARestartLosesAndRepeatsNothing() {
		int port = start();
		String team = unique("team");
		String token = TestIssuer.get().token(team, "controlplane:write");
		List<SseClient.Message> received = new ArrayList<>();
		try (SseClient stream = SseClient.connect(port, token, null, null)) {
			String first = Api.withToken(port, token).post("/api/v1/gateways", openGateway(unique("Before")))
				.json().get("id").asString();
			received.addAll(stream.until(m -> m.data().get("resourceId").asString().equals(first)
					&& isPhaseChangeTo(m, "READY"), READY));
		}
		service.close();
		port = start();
		Api api = Api.withToken(port, token);
		// Events the subscriber misses while it is away: a gateway declared and provisioned by the new instance.
		String second = api.post("/api/v1/gateways", openGateway(unique("After"))).json().get("id").asString();
		awaitReady(api, "/api/v1/gateways/" + second);
		String lastEventId = received.getLast().id();
		try (SseClient stream = SseClient.connect(port, token, null, lastEventId)) {
			received.addAll(stream.until(m -> m.data().get("resourceId").asString().equals(second)
					&& isPhaseChangeTo(m, "READY"), READY));
			received.addAll(stream.drain(Duration.ofMillis(800)));
		}
		List<Long> committed = JdbcClient.create(service.getBean(javax.sql.DataSource.class))
			.sql("select id from resource_events where team = ? order by tx, id")
			.param(team)
			.query(Long.class)
			.list();
		assertThat(received.stream().map(SseClient.Message::eventId).toList()).isEqualTo(committed);
	}

	private int start() {
		String agentcore = "http://localhost:" + simulator.getEnvironment().getProperty("local.server.port")
				+ "/local/aws/agentcore";
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(), "--spring.datasource.password=" + database.password(),
				"--controlplane.aws.agentcore-endpoint=" + agentcore, "--controlplane.aws.fake-credentials=true",
				"--controlplane.aws.region=us-east-1", "--controlplane.provisioning.mutating-tps=200",
				"--controlplane.provisioning.read-tps=400", "--controlplane.provisioning.polling-interval=500ms",
				"--controlplane.provisioning.backoff-base=50ms", "--controlplane.provisioning.backoff-max=400ms"));
		for (Map.Entry<String, Object> setting : TestIssuer.get().springProperties().entrySet()) {
			args.add("--" + setting.getKey() + "=" + setting.getValue());
		}
		service = new SpringApplicationBuilder(ControlPlaneApplication.class).run(args.toArray(String[]::new));
		return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
	}

	private static void awaitReady(Api api, String path) {
		long deadline = System.nanoTime() + READY.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode resource = api.get(path).json();
			if (resource.at("/status/phase").asString().equals("READY")) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new AssertionError(path + " did not become READY within " + READY);
	}

	private static boolean isPhaseChangeTo(SseClient.Message message, String phase) {
		return message.type().equals("PHASE_CHANGED") && message.data().get("message").asString().contains("-> " + phase);
	}

	private static List<String> phaseChanges(List<SseClient.Message> messages, String resourceId) {
		return messages.stream()
			.filter(m -> m.type().equals("PHASE_CHANGED") && m.data().get("resourceId").asString().equals(resourceId))
			.map(m -> m.data().get("message").asString().replaceAll(":.*", ""))
			.toList();
	}

}
