package dev.agentcore.controlplane.credentialprovider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Fixtures;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.SimulatedAwsTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credential providers through the API against the simulated account: OAuth2 and API-key providers reach READY,
 * targets naming them by id follow, a rotation reaches AgentCore's token vault and leaves the targets READY, a provider
 * in use is not deleted, and the secrets are nowhere but in AgentCore: no response, event, audit record, webhook
 * delivery, log line or database row holds them.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "controlplane.webhooks.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=")
class CredentialProviderIntegrationTests extends SimulatedAwsTests {

	static final String OPENAPI = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Orders\", \"version\": \"1\"}, "
			+ "\"paths\": {\"/orders/{id}\": {\"get\": {\"operationId\": \"getOrder\", \"parameters\": [{\"name\": \"id\", "
			+ "\"in\": \"path\", \"required\": true, \"schema\": {\"type\": \"string\"}}], \"responses\": {\"200\": "
			+ "{\"description\": \"ok\"}}}}}}";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PendingSecrets pending;

	@Test
	void providersReachReadyTargetsUseThemByIdAndTheSecretsAreNowhere(CapturedOutput output) throws Exception {
		String clientSecret = "cs-" + Fixtures.unique("never-stored-client-secret");
		String apiKey = "ak-" + Fixtures.unique("never-stored-api-key");
		String rotated = "ak-" + Fixtures.unique("rotated-api-key");
		List<String> seen = new ArrayList<>();
		try (Receiver webhooks = new Receiver()) {
			seen.add(created(api.post("/api/v1/webhooks", "{\"url\": \"" + webhooks.url() + "\"}")).body());

			Http.Response oauthCreated = api.post("/api/v1/credential-providers", """
					{"name": "%s", "type": "OAUTH2", "vendor": "CustomOauth2",
					 "oauth2": {"clientId": "orders-client", "clientSecret": "%s",
					  "discoveryUrl": "https://idp.example.com/.well-known/openid-configuration"}}"""
				.formatted(Fixtures.unique("oauth"), clientSecret), Map.of("Idempotency-Key", Fixtures.unique("key")));
			String oauth = created(oauthCreated).json().get("id").asString();
			seen.add(oauthCreated.body());
			Http.Response keyCreated = api.post("/api/v1/credential-providers",
					"{\"name\": \"%s\", \"type\": \"API_KEY\", \"apiKey\": \"%s\"}".formatted(Fixtures.unique("key"), apiKey));
			String key = created(keyCreated).json().get("id").asString();
			seen.add(keyCreated.body());

			JsonNode oauthReady = awaitPhase("/api/v1/credential-providers/" + oauth, "READY");
			JsonNode keyReady = awaitPhase("/api/v1/credential-providers/" + key, "READY");
			assertThat(oauthReady.at("/aws/credentialProviderArn").asString()).contains(":token-vault/default/oauth2credentialprovider/");
			assertThat(oauthReady.at("/aws/callbackUrl").asString()).startsWith("https://");
			assertThat(oauthReady.at("/aws/secretArn").asString()).contains(":secretsmanager:");
			assertThat(keyReady.at("/aws/credentialProviderArn").asString()).contains("/apikeycredentialprovider/");
			assertThat(vaultSecret(oauthReady.at("/aws/secretArn").asString())).isEqualTo(clientSecret);
			assertThat(vaultSecret(keyReady.at("/aws/secretArn").asString())).isEqualTo(apiKey);

			String gateway = post("/api/v1/gateways", Fixtures.openGateway(Fixtures.unique("Vault")));
			String targets = "/api/v1/gateways/" + gateway + "/targets";
			String oauthTarget = post(targets, target("orders-oauth", """
					{"type": "OAUTH", "providerId": "%s", "scopes": ["orders/read"], "grantType": "CLIENT_CREDENTIALS"}""".formatted(oauth)));
			String keyTarget = post(targets, target("orders-key", """
					{"type": "API_KEY", "providerId": "%s", "parameterName": "x-api-key", "location": "HEADER"}""".formatted(key)));
			awaitPhase(targets + "/" + oauthTarget, "READY");
			awaitPhase(targets + "/" + keyTarget, "READY");
			String held = agentCore.getGatewayTarget(r -> r.gatewayIdentifier(api.get("/api/v1/gateways/" + gateway).json()
				.at("/aws/gatewayId").asString()).targetId(api.get(targets + "/" + oauthTarget).json().at("/aws/targetId").asString()))
				.credentialProviderConfigurations().getFirst().credentialProvider().oauthCredentialProvider().providerArn();
			assertThat(held).isEqualTo(oauthReady.at("/aws/credentialProviderArn").asString());

			// Rotation: a PUT with the key; the vault holds the new one, the targets stay READY.
			JsonNode before = api.get("/api/v1/credential-providers/" + key).json();
			Http.Response rotation = api.put("/api/v1/credential-providers/" + key, etag("/api/v1/credential-providers/" + key),
					"{\"name\": \"%s\", \"type\": \"API_KEY\", \"apiKey\": \"%s\"}".formatted(before.get("name").asString(), rotated));
			assertThat(rotation.status()).as(rotation.body()).isEqualTo(202);
			seen.add(rotation.body());
			await(() -> {
				JsonNode now = api.get("/api/v1/credential-providers/" + key).json();
				return now.at("/status/phase").asString().equals("READY")
						&& now.at("/status/observedGeneration").asLong() == now.get("generation").asLong() ? now : null;
			});
			assertThat(vaultSecret(keyReady.at("/aws/secretArn").asString())).isEqualTo(rotated);
			assertThat(api.get(targets + "/" + keyTarget).json().at("/status/phase").asString()).isEqualTo("READY");
			assertThat(api.get(targets + "/" + oauthTarget).json().at("/status/phase").asString()).isEqualTo("READY");
			String keyEvents = api.get("/api/v1/credential-providers/" + key + "/events").body();
			assertThat(keyEvents).contains("secret rotated");

			// A PUT without the secret keeps AgentCore's.
			JsonNode current = api.get("/api/v1/credential-providers/" + oauth).json();
			Http.Response kept = api.put("/api/v1/credential-providers/" + oauth, etag("/api/v1/credential-providers/" + oauth),
					"""
					{"name": "%s", "type": "OAUTH2", "vendor": "CustomOauth2",
					 "oauth2": {"clientId": "orders-client", "discoveryUrl": "https://idp.example.com/.well-known/openid-configuration"}}"""
						.formatted(current.get("name").asString()));
			assertThat(kept.status()).as(kept.body()).isEqualTo(202);
			assertThat(vaultSecret(oauthReady.at("/aws/secretArn").asString())).isEqualTo(clientSecret);

			// A provider in use is not deleted.
			Http.Response refused = api.delete("/api/v1/credential-providers/" + key,
					etag("/api/v1/credential-providers/" + key));
			assertThat(refused.status()).as(refused.body()).isEqualTo(409);
			assertThat(refused.json().get("code").asString()).isEqualTo("CREDENTIAL_PROVIDER_IN_USE");
			assertThat(refused.body()).contains(keyTarget);

			// Everything the control plane shows, sent, logged or stored.
			for (String path : List.of("/api/v1/credential-providers/" + oauth, "/api/v1/credential-providers/" + key,
					"/api/v1/credential-providers", "/api/v1/credential-providers/" + oauth + "/events",
					"/api/v1/credential-providers/" + key + "/events", targets, "/api/v1/gateways/" + gateway + "/permissions",
					"/api/v1/credential-providers/" + key + "/permissions")) {
				seen.add(api.get(path).body());
			}
			Api admin = Api.asAdmin(port);
			for (String id : List.of(oauth, key, oauthTarget, keyTarget)) {
				Http.Response audit = admin.get("/api/v1/audit?resourceId=" + id);
				assertThat(audit.status()).as(audit.body()).isEqualTo(200);
				seen.add(audit.body());
			}
			assertThat(String.join("\n", seen)).contains("secret rotated").contains(oauth);
			await(() -> webhooks.received().size() >= 3 ? true : null);
			seen.addAll(webhooks.received());
			seen.add(output.getAll());
			seen.add(everyTextInTheDatabase());
			for (String secret : List.of(clientSecret, apiKey, rotated)) {
				assertThat(String.join("\n", seen)).as("where the secret must not be").doesNotContain(secret);
			}
		}
	}

	@Test
	void aTargetNamesOnlyAProviderOfItsTeamAndType() {
		String key = post("/api/v1/credential-providers",
				"{\"name\": \"%s\", \"type\": \"API_KEY\", \"apiKey\": \"k\"}".formatted(Fixtures.unique("key")));
		String gateway = post("/api/v1/gateways", Fixtures.openGateway(Fixtures.unique("Types")));
		Http.Response mismatch = api.post("/api/v1/gateways/" + gateway + "/targets", target("t", """
				{"type": "OAUTH", "providerId": "%s", "scopes": []}""".formatted(key)));
		assertThat(mismatch.status()).as(mismatch.body()).isEqualTo(400);
		assertThat(mismatch.json().get("code").asString()).isEqualTo("CREDENTIAL_PROVIDER_TYPE_MISMATCH");
		Api other = Api.asTeam(port, Fixtures.unique("other"));
		String theirs = other.post("/api/v1/gateways", Fixtures.openGateway(Fixtures.unique("Theirs"))).json().get("id").asString();
		Http.Response foreign = other.post("/api/v1/gateways/" + theirs + "/targets", target("t", """
				{"type": "API_KEY", "providerId": "%s"}""".formatted(key)));
		assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
		assertThat(foreign.json().get("code").asString()).isEqualTo("CREDENTIAL_PROVIDER_NOT_FOUND");
	}

	@Test
	void vendorRulesAnswerBeforeAwsAndAChangedOAuth2ConfigurationNeedsItsSecret() {
		long creates = calls("CreateOauth2CredentialProvider");
		Http.Response noDiscovery = api.post("/api/v1/credential-providers", """
				{"name": "%s", "type": "OAUTH2", "vendor": "CustomOauth2", "oauth2": {"clientId": "c", "clientSecret": "s"}}"""
			.formatted(Fixtures.unique("custom")));
		assertThat(noDiscovery.status()).as(noDiscovery.body()).isEqualTo(400);
		assertThat(noDiscovery.json().get("code").asString()).isEqualTo("DISCOVERY_REQUIRED");
		assertThat(calls("CreateOauth2CredentialProvider")).isEqualTo(creates);

		String github = post("/api/v1/credential-providers", """
				{"name": "%s", "type": "OAUTH2", "vendor": "GithubOauth2", "oauth2": {"clientId": "c1", "clientSecret": "s1"}}"""
			.formatted(Fixtures.unique("github")));
		JsonNode ready = awaitPhase("/api/v1/credential-providers/" + github, "READY");
		Http.Response changed = api.put("/api/v1/credential-providers/" + github, etag("/api/v1/credential-providers/" + github), """
				{"name": "%s", "type": "OAUTH2", "vendor": "GithubOauth2", "oauth2": {"clientId": "c2"}}"""
			.formatted(ready.get("name").asString()));
		assertThat(changed.status()).as(changed.body()).isEqualTo(400);
		assertThat(changed.json().get("code").asString()).isEqualTo("SECRET_REQUIRED_FOR_CHANGE");
	}

	/** A secret lost before it reached AgentCore (a restart, the time limit): FAILED, asking for it again. */
	@Test
	void aSecretLostBeforeItWasSentIsAskedForAgain() {
		faults("{\"accessDenied\": [\"CreateApiKeyCredentialProvider\"]}");
		String name = Fixtures.unique("lost");
		String key = post("/api/v1/credential-providers", "{\"name\": \"%s\", \"type\": \"API_KEY\", \"apiKey\": \"first\"}"
			.formatted(name));
		String path = "/api/v1/credential-providers/" + key;
		awaitPhase(path, "FAILED");
		faults("{}");
		pending.forget(java.util.UUID.fromString(key));
		assertThat(api.post(path + "/reconcile", "").status()).isEqualTo(202);
		JsonNode failed = await(() -> {
			JsonNode now = api.get(path).json();
			return "SECRET_MISSING".equals(now.at("/status/lastError/code").asString(null)) ? now : null;
		});
		assertThat(failed.at("/status/phase").asString()).isEqualTo("FAILED");
		assertThat(failed.at("/status/lastError/message").asString()).contains("PUT the provider again with its secret");

		Http.Response again = api.put(path, etag(path),
				"{\"name\": \"%s\", \"type\": \"API_KEY\", \"apiKey\": \"second\"}".formatted(name));
		assertThat(again.status()).as(again.body()).isEqualTo(202);
		JsonNode ready = awaitPhase(path, "READY");
		assertThat(vaultSecret(ready.at("/aws/secretArn").asString())).isEqualTo("second");
	}

	private String etag(String path) {
		return api.get(path).header("ETag").orElseThrow();
	}

	private static Http.Response created(Http.Response response) {
		assertThat(response.status()).as(response.body()).isIn(201, 202);
		return response;
	}

	private static String target(String name, String credentials) {
		return "{\"name\": \"" + name + "\", \"type\": \"OPENAPI\", \"openApi\": {\"inline\": " + quoted(OPENAPI)
				+ "}, \"credentials\": " + credentials + "}";
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** The secret the simulated token vault keeps in Secrets Manager. */
	private static String vaultSecret(String arn) {
		Http.Response value = simulatorHttp.send("POST", "/local/aws/secretsmanager", null, "application/x-amz-json-1.1",
				"{\"SecretId\": \"" + arn + "\"}", Map.of("X-Amz-Target", "secretsmanager.GetSecretValue"));
		assertThat(value.status()).as(value.body()).isEqualTo(200);
		return value.json().get("SecretString").asString();
	}

	/** Every text, JSON and array column of every row of every table of the schema. */
	private String everyTextInTheDatabase() {
		List<Map<String, Object>> columns = jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema() and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'bytea')""")
			.query()
			.listOfRows();
		assertThat(columns).isNotEmpty();
		StringBuilder all = new StringBuilder();
		for (Map<String, Object> column : columns) {
			String sql = "select cast(\"" + column.get("column_name") + "\" as text) from \"" + column.get("table_name") + "\"";
			jdbc.sql(sql).query(String.class).list().forEach(value -> all.append(value).append('\n'));
		}
		assertThat(all).as("the dump holds the providers' rows").contains("orders-client");
		return all.toString();
	}

	/** A webhook endpoint on loopback that keeps every body it receives. */
	static final class Receiver implements AutoCloseable {

		private final HttpServer server;

		private final List<String> bodies = new CopyOnWriteArrayList<>();

		Receiver() {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server.createContext("/hooks", exchange -> {
				bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
		}

		List<String> received() {
			return List.copyOf(bodies);
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

}
