package dev.agentcore.controlplane.webhook;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.ScriptedServer;

import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static dev.agentcore.controlplane.support.ScriptedServer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #21, fairness: one team's slow endpoints take at most its share of the delivery threads
 * (two threads, one per team here), so another team's delivery goes through while they hang; and a
 * team registers at most its share of webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.webhooks.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"controlplane.outbound.allow-private-networks=true", "controlplane.webhooks.polling-interval=200ms",
		"controlplane.webhooks.fanout-interval=100ms", "controlplane.webhooks.threads=2",
		"controlplane.webhooks.threads-per-team=1", "controlplane.webhooks.max-per-team=3",
		"controlplane.webhooks.backoff-base=300ms", "controlplane.outbound.deadline=30s" })
class WebhookFairnessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebhookDelivery delivery;

	@Test
	void aTeamsSlowEndpointsLeaveTheOtherDeliveryThreadsToOtherTeams() throws Exception {
		String slowTeam = unique("team");
		Api slow = Api.asTeam(port, slowTeam);
		Api other = Api.asTeam(port, unique("team"));
		CountDownLatch release = new CountDownLatch(1);
		try (ScriptedServer hanging = new ScriptedServer(out -> {
			release.await(30, TimeUnit.SECONDS);
			write(out, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
		}); WebhookReceiver receiver = new WebhookReceiver()) {
			for (int i = 0; i < 3; i++) {
				assertThat(slow.post("/api/v1/webhooks", webhook(hanging.url("/" + i))).status()).isEqualTo(201);
			}
			assertThat(other.post("/api/v1/webhooks", webhook(receiver.url())).status()).isEqualTo(201);
			slow.post("/api/v1/gateways", openGateway(unique("Slow")));
			await().atMost(Duration.ofSeconds(20)).until(() -> hanging.connections() >= 1);
			other.post("/api/v1/gateways", openGateway(unique("Other")));

			// With the threads shared without a cap, the slow team's three deliveries would hold both threads
			// until its endpoints answered, and this one would wait for them.
			await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.received().isEmpty());
			assertThat(hanging.connections()).as("the slow team's deliveries in flight: its share only").isEqualTo(1);
			assertThat(delivery.inFlight(slowTeam)).isEqualTo(1);
			release.countDown();
			await().atMost(Duration.ofSeconds(20)).until(() -> hanging.connections() == 3);
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void aTeamRegistersAtMostItsShareOfWebhooks() {
		Api api = Api.asTeam(port, unique("team"));
		for (int i = 0; i < 3; i++) {
			assertThat(api.post("/api/v1/webhooks", webhook("https://hooks.example.com/" + i)).status()).isEqualTo(201);
		}
		Http.Response refused = api.post("/api/v1/webhooks", webhook("https://hooks.example.com/4"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("code").asString()).isEqualTo("WEBHOOK_LIMIT_REACHED");
		assertThat(refused.json().get("detail").asString()).contains("3 webhooks");
		assertThat(Api.asTeam(port, unique("team")).post("/api/v1/webhooks", webhook("https://hooks.example.com/5"))
			.status()).as("other teams are not limited by it").isEqualTo(201);
		String first = api.get("/api/v1/webhooks").json().at("/items/0/id").asString();
		Http.Response current = api.get("/api/v1/webhooks/" + first);
		assertThat(api.delete("/api/v1/webhooks/" + first, current.header("ETag").orElseThrow()).status()).isEqualTo(204);
		assertThat(api.post("/api/v1/webhooks", webhook("https://hooks.example.com/6")).status()).isEqualTo(201);
	}

	static String webhook(String url) {
		return "{\"url\": \"" + url + "\", \"description\": \"fairness\", \"eventTypes\": [\"SPEC_ACCEPTED\"]}";
	}

}
