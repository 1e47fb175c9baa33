package dev.agentcore.controlplane.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhooks end to end: a receiver on loopback (reachable as the embedded default's outbound setting allows) gets deliveries it
 * verifies with the secret it was shown once, survives an outage through retries, and sees its
 * attempts listed; a webhook that keeps failing is disabled with an event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.webhooks.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
		"controlplane.outbound.allow-private-networks=true", "controlplane.webhooks.backoff-base=300ms",
		"controlplane.webhooks.backoff-max=1s", "controlplane.webhooks.polling-interval=200ms",
		"controlplane.webhooks.fanout-interval=100ms", "controlplane.webhooks.disable-after=4s",
		"controlplane.outbound.deadline=2s" })
class WebhookIntegrationTests {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebhookReceiver receiver;

	Api api;

	@BeforeEach
	void setUp() {
		receiver = new WebhookReceiver();
		api = Api.asTeam(port, unique("team"));
	}

	@AfterEach
	void tearDown() {
		receiver.close();
	}

	@Test
	void signedDeliveriesSurviveAnOutageByRetryAndAreListed() {
		Http.Response created = api.post("/api/v1/webhooks", webhook(receiver.url(), "[\"SPEC_ACCEPTED\"]"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Cache-Control").orElse("")).contains("no-store");
		String id = created.json().get("id").asString();
		String secret = created.json().get("secret").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(api.get("/api/v1/webhooks/" + id).json().has("secret")).isFalse();

		receiver.answer(503);
		String gateway = api.post("/api/v1/gateways", openGateway(unique("Hooked"))).json().get("id").asString();
		await().atMost(PATIENCE).until(() -> receiver.received().size() >= 2);
		receiver.answer(200);
		await().atMost(PATIENCE).until(() -> receiver.received().stream().anyMatch(r -> r.answered() == 200));

		List<WebhookReceiver.Received> received = receiver.received();
		assertThat(received).map(r -> r.header("webhook-id")).containsOnly(received.getFirst().header("webhook-id"));
		for (WebhookReceiver.Received delivery : received) {
			assertThat(verify(secret, delivery)).as("signature of %s", delivery.header("webhook-id")).isTrue();
			long timestamp = Long.parseLong(delivery.header("webhook-timestamp"));
			assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
		}
		JsonNode body = JSON.readTree(received.getLast().body());
		assertThat(body.get("type").asString()).isEqualTo("SPEC_ACCEPTED");
		assertThat(body.at("/data/resourceId").asString()).isEqualTo(gateway);
		assertThat(received.getFirst().header("webhook-id")).isEqualTo("evt_" + body.at("/data/id").asLong());
		WebhookReceiver.Received tampered = new WebhookReceiver.Received(received.getLast().headers(),
				received.getLast().body().replace(gateway, "00000000-0000-0000-0000-000000000000"), 200);
		assertThat(verify(secret, tampered)).isFalse();

		JsonNode attempts = api.get("/api/v1/webhooks/" + id + "/deliveries").json().get("items");
		assertThat(attempts).hasSize(received.size());
		assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("SUCCEEDED");
		assertThat(attempts.get(0).get("statusCode").asInt()).isEqualTo(200);
		assertThat(attempts.get(0).get("attempt").asInt()).isEqualTo(received.size());
		assertThat(attempts.get(1).get("outcome").asString()).isEqualTo("RETRYING");
		assertThat(attempts.get(1).get("statusCode").asInt()).isEqualTo(503);
		assertThat(attempts.get(1).get("error").asString()).contains("503");
		assertThat(attempts.get(attempts.size() - 1).get("attempt").asInt()).isEqualTo(1);
		assertThat(attempts).allSatisfy(a -> assertThat(a.get("durationMs").asLong()).isNotNegative());
		assertThat(api.get("/api/v1/webhooks/" + id).json().get("failingSince").isNull()).isTrue();
	}

	@Test
	void onlyTheChosenEventTypesAreDelivered() {
		api.post("/api/v1/webhooks", webhook(receiver.url(), "[\"DELETION_REQUESTED\"]"));
		Http.Response gateway = api.post("/api/v1/gateways", openGateway(unique("Filtered")));
		api.delete("/api/v1/gateways/" + gateway.json().get("id").asString(), gateway.header("ETag").orElseThrow());
		await().atMost(PATIENCE).until(() -> !receiver.received().isEmpty());
		assertThat(receiver.received()).hasSize(1);
		assertThat(JSON.readTree(receiver.received().getFirst().body()).get("type").asString())
			.isEqualTo("DELETION_REQUESTED");
	}

	@Test
	void aWebhookThatKeepsFailingIsDisabledWithAnEvent() {
		receiver.answer(500);
		String id = api.post("/api/v1/webhooks", webhook(receiver.url(), "[]")).json().get("id").asString();
		api.post("/api/v1/gateways", openGateway(unique("Failing")));
		await().atMost(PATIENCE).until(() -> !api.get("/api/v1/webhooks/" + id).json().get("enabled").asBoolean());
		JsonNode disabled = api.get("/api/v1/webhooks/" + id).json();
		assertThat(disabled.get("disabledReason").asString()).contains("failed since");
		assertThat(jdbc.sql("select type from resource_events where scope_id = ?::uuid").param(id).query(String.class).list())
			.containsExactly("WEBHOOK_DISABLED");
		JsonNode attempts = api.get("/api/v1/webhooks/" + id + "/deliveries").json().get("items");
		assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("FAILED");

		receiver.answer(200);
		Http.Response enabled = api.put("/api/v1/webhooks/" + id, "\"" + disabled.get("version").asString() + "\"",
				webhook(receiver.url(), "[]"));
		assertThat(enabled.status()).isEqualTo(200);
		assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
		assertThat(enabled.json().get("disabledReason").isNull()).isTrue();
	}

	@Test
	void urlsMustBeAbsoluteWithoutCredentials() {
		for (String url : List.of("ftp://example.com/hook", "https://user:pw@example.com/hook", "/relative", "not a url")) {
			Http.Response refused = api.post("/api/v1/webhooks", webhook(url, "[]"));
			assertThat(refused.status()).as(url).isEqualTo(400);
			assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("url");
		}
		assertThat(api.post("/api/v1/webhooks", webhook("https://hooks.example.com/x", "[\"NOT_A_TYPE\"]")).status())
			.isEqualTo(400);
	}

	@Test
	void crudWithETagsIdempotencyKeysPagesAndTeamIsolation() {
		Map<String, String> key = Map.of("Idempotency-Key", unique("key"));
		Http.Response first = api.post("/api/v1/webhooks", webhook("https://hooks.example.com/a", "[]"), key);
		Http.Response replay = api.post("/api/v1/webhooks", webhook("https://hooks.example.com/a", "[]"), key);
		assertThat(replay.status()).isEqualTo(201);
		assertThat(replay.header("Idempotent-Replayed")).contains("true");
		assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
		assertThat(replay.body()).doesNotContain("whsec_");
		api.post("/api/v1/webhooks", webhook("https://hooks.example.com/b", "[]"));
		JsonNode page = api.get("/api/v1/webhooks?limit=1").json();
		assertThat(page.get("items")).hasSize(1);
		assertThat(api.get("/api/v1/webhooks?limit=1&cursor=" + page.get("nextCursor").asString()).json().get("items"))
			.hasSize(1);

		String path = first.header("Location").orElseThrow();
		assertThat(Api.asTeam(port, unique("other")).get(path).status()).isEqualTo(404);
		assertThat(api.put(path, null, webhook("https://hooks.example.com/c", "[]")).status()).isEqualTo(428);
		assertThat(api.put(path, "\"7\"", webhook("https://hooks.example.com/c", "[]")).status()).isEqualTo(412);
		Http.Response replaced = api.put(path, first.header("ETag").orElseThrow(), webhook("https://hooks.example.com/c", "[]"));
		assertThat(replaced.json().get("url").asString()).isEqualTo("https://hooks.example.com/c");
		assertThat(replaced.header("ETag")).contains("\"2\"");
		assertThat(api.delete(path, replaced.header("ETag").orElseThrow()).status()).isEqualTo(204);
		assertThat(api.get(path).status()).isEqualTo(404);
	}

	private static String webhook(String url, String eventTypes) {
		return "{\"url\": \"" + url + "\", \"description\": \"test receiver\", \"eventTypes\": " + eventTypes + "}";
	}

	/** Verifies as a receiver would, independently of the server's code. */
	private static boolean verify(String secret, WebhookReceiver.Received delivery) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			String signed = delivery.header("webhook-id") + "." + delivery.header("webhook-timestamp") + "." + delivery.body();
			String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
			return List.of(delivery.header("webhook-signature").split(" ")).contains(expected);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
