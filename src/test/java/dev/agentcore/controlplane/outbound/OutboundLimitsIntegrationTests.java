package dev.agentcore.controlplane.outbound;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.ScriptedServer;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static dev.agentcore.controlplane.support.ScriptedServer.write;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11, finding 1, over HTTP: discovery and JWKS fetches end by their deadline whatever the
 * server does, excess fetches get 503 at once, and made-up key ids do not refetch the keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "controlplane.outbound.allow-private-networks=true", "controlplane.outbound.deadline=1s",
				"controlplane.outbound.max-concurrent=1" })
class OutboundLimitsIntegrationTests {

	static final String PROFILES = "/api/v1/idp-profiles";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
	}

	@Test
	void aTricklingIssuerHoldsTheRequestOnlyUntilTheDeadline() throws Exception {
		try (ScriptedServer trickler = new ScriptedServer(out -> {
			write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{");
			for (int i = 0; i < 5000; i++) {
				write(out, " ");
				Thread.sleep(20);
			}
		})) {
			long started = System.nanoTime();
			Http.Response created = api.post(PROFILES, profile(trickler.url("")));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			assertThat(created.json().at("/discovery/state").asString()).isEqualTo("UNREACHABLE");
			assertThat(created.json().at("/discovery/message").asString()).contains("did not answer completely within 1000 ms");
		}
	}

	@Test
	void fetchesBeyondTheBoundAreAnswered503WithRetryAfter() throws Exception {
		String waiting = api.post(PROFILES, profile("http://127.0.0.1:9")).json().get("id").asString();
		try (ScriptedServer silent = new ScriptedServer(out -> Thread.sleep(30_000))) {
			CompletableFuture<Http.Response> holding = CompletableFuture.supplyAsync(() -> api.post(PROFILES,
					profile(silent.url(""))));
			while (silent.connections() == 0) {
				Thread.sleep(10);
			}
			Http.Response busy = api.post(PROFILES + "/" + waiting + "/discovery-check", "");
			assertThat(busy.status()).as(busy.body()).isEqualTo(503);
			assertThat(busy.contentType()).startsWith("application/problem+json");
			assertThat(busy.json().get("code").asString()).isEqualTo("OUTBOUND_BUSY");
			assertThat(busy.header("Retry-After")).hasValue("5");
			assertThat(holding.join().status()).isEqualTo(201);
		}
		assertThat(api.get(PROFILES + "/" + waiting).json().at("/discovery/message").asString())
			.as("a refused check changes nothing").contains("cannot be reached");
	}

	@Test
	void madeUpKeyIdsDoNotRefetchTheKeys() throws Exception {
		AtomicInteger keyFetches = new AtomicInteger();
		HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String base = "http://127.0.0.1:" + issuer.getAddress().getPort();
		String keys = new JWKSet(new RSAKeyGenerator(2048).keyID("published").generate().toPublicJWK()).toString();
		issuer.createContext("/.well-known/openid-configuration",
				exchange -> send(exchange, "{\"issuer\": \"" + base + "\", \"jwks_uri\": \"" + base + "/jwks\"}"));
		issuer.createContext("/jwks", exchange -> {
			keyFetches.incrementAndGet();
			send(exchange, keys);
		});
		issuer.start();
		try {
			String id = api.post(PROFILES, profile(base)).json().get("id").asString();
			int afterCreate = keyFetches.get();
			for (int i = 0; i < 5; i++) {
				String token = TestIssuer.get().signedByUnknownKey(claims -> claims.issuer(base).audience("a"));
				JsonNode check = api.post(PROFILES + "/" + id + "/token-checks", "{\"token\": \"" + token + "\"}").json();
				assertThat(check.at("/checks/0/outcome").asString()).isEqualTo("FAIL");
			}
			assertThat(keyFetches.get() - afterCreate).as("at most one refetch per profile and interval").isLessThanOrEqualTo(1);
		}
		finally {
			issuer.stop(0);
		}
	}

	@Test
	void aRedirectWithoutAHostMakesTheDocumentInvalid() throws Exception {
		try (ScriptedServer redirector = new ScriptedServer(out -> write(out,
				"HTTP/1.1 302 Found\r\nLocation: http:///elsewhere\r\nContent-Length: 0\r\n\r\n"))) {
			Http.Response created = api.post(PROFILES, profile(redirector.url("")));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			assertThat(created.json().at("/discovery/state").asString()).isEqualTo("INVALID");
			assertThat(created.json().at("/discovery/message").asString()).contains("another origin");
		}
	}

	static String profile(String base) {
		return "{\"name\": \"" + unique("p") + "\", \"provider\": \"OIDC\", \"discoveryUrl\": \"" + base
				+ "/.well-known/openid-configuration\", \"allowedAudience\": [\"a\"]}";
	}

	static void send(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
