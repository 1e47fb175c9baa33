package dev.agentcore.controlplane.webhook;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.ScriptedServer;

import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static dev.agentcore.controlplane.support.ScriptedServer.write;
import static dev.agentcore.controlplane.webhook.WebhookFairnessIntegrationTests.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #21, low findings of webhooks: a webhook deleted mid-delivery ends quietly; delivery errors
 * do not tell a missing name from a refused connection; secrets inside URLs are masked where shown
 * and audited. Same settings as {@link WebhookFairnessIntegrationTests}, so the context is shared.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.webhooks.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"controlplane.outbound.allow-private-networks=true", "controlplane.webhooks.polling-interval=200ms",
		"controlplane.webhooks.fanout-interval=100ms", "controlplane.webhooks.threads=2",
		"controlplane.webhooks.threads-per-team=1", "controlplane.webhooks.max-per-team=3",
		"controlplane.webhooks.backoff-base=300ms", "controlplane.outbound.deadline=30s" })
class WebhookSafetyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWebhookDeletedWhileItsDeliveryIsUnderWayEndsItQuietly(CapturedOutput output) throws Exception {
		Api api = Api.asTeam(port, unique("team"));
		CountDownLatch deleted = new CountDownLatch(1);
		try (ScriptedServer receiver = new ScriptedServer(out -> {
			deleted.await(30, TimeUnit.SECONDS);
			write(out, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
		})) {
			Http.Response created = api.post("/api/v1/webhooks", webhook(receiver.url("/hook")));
			String id = created.json().get("id").asString();
			api.post("/api/v1/gateways", openGateway(unique("Deleted")));
			await().atMost(Duration.ofSeconds(20)).until(() -> receiver.connections() >= 1);
			assertThat(api.delete("/api/v1/webhooks/" + id, created.header("ETag").orElseThrow()).status()).isEqualTo(204);
			deleted.countDown();

			await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
					"select count(*) from webhook_tasks where task_instance like ?").param(id + ":%").query(Integer.class)
				.single() == 0);
			assertThat(jdbc.sql("select consecutive_failures from webhook_tasks where task_instance like ?")
				.param(id + ":%").query(Integer.class).list()).isEmpty();
			assertThat(output.getAll()).doesNotContain("webhook_deliveries_webhook_id_fkey")
				.doesNotContain("violates foreign key constraint");
			assertThat(receiver.connections()).as("not retried").isEqualTo(1);
		}
	}

	@Test
	void anUnknownNameAndARefusedConnectionFailAlike() {
		Api api = Api.asTeam(port, unique("team"));
		String missing = api.post("/api/v1/webhooks", webhook("http://no-such-host.invalid/hook")).json().get("id").asString();
		String refused = api.post("/api/v1/webhooks", webhook("http://127.0.0.1:9/hook")).json().get("id").asString();
		api.post("/api/v1/gateways", openGateway(unique("Unreachable")));
		await().atMost(Duration.ofSeconds(20)).until(() -> !deliveries(api, missing).isEmpty() && !deliveries(api, refused).isEmpty());
		JsonNode first = deliveries(api, missing).get(0);
		JsonNode second = deliveries(api, refused).get(0);
		assertThat(first.get("error").asString()).isEqualTo(second.get("error").asString())
			.isEqualTo(OutboundWebhookTransport.UNREACHABLE);
		assertThat(first.get("outcome").asString()).isEqualTo(second.get("outcome").asString()).isEqualTo("RETRYING");
	}

	@Test
	void secretsInsideTheUrlAreMaskedWhereShownAndAuditedAndKeptWhenSentBack() {
		String team = unique("team");
		Api api = Api.asTeam(port, team);
		String url = "https://hook:s3cret@hooks.example.com/in?api-key=k3y&region=eu";
		Http.Response created = api.post("/api/v1/webhooks", webhook(url));
		assertThat(created.status()).as(created.body()).isEqualTo(400);
		assertThat(created.json().at("/errors/0/message").asString()).contains("credentials").doesNotContain("s3cret");

		url = "https://hooks.example.com/in?api-key=k3y&region=eu";
		created = api.post("/api/v1/webhooks", webhook(url));
		String id = created.json().get("id").asString();
		String masked = "https://hooks.example.com/in?api-key=***&region=eu";
		assertThat(created.json().get("url").asString()).isEqualTo(masked);
		Http.Response read = api.get("/api/v1/webhooks/" + id);
		assertThat(read.body()).doesNotContain("k3y");
		assertThat(read.json().get("url").asString()).isEqualTo(masked);
		assertThat(api.get("/api/v1/webhooks").body()).doesNotContain("k3y");

		Http.Response replaced = api.put("/api/v1/webhooks/" + id, read.header("ETag").orElseThrow(),
				webhook(masked).replace("fairness", "renamed"));
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(jdbc.sql("select url from webhooks where id = ?::uuid").param(id).query(String.class).single())
			.as("sending the masked URL back keeps the original").isEqualTo(url);

		String audit = Api.asAdmin(port).get("/api/v1/audit?resourceId=" + id).body();
		assertThat(audit).contains("api-key=***").doesNotContain("k3y");
	}

	private static JsonNode deliveries(Api api, String id) {
		return api.get("/api/v1/webhooks/" + id + "/deliveries").json().get("items");
	}

}
