package dev.agentcore.controlplane.outbound;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11, finding 7, over HTTP with production's guard: internal targets in every spelling are
 * refused before any connection, and what the profile stores says "not allowed" without the
 * internal address a name resolved to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboundGuardIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void internalTargetsAreRefusedAndTheStoredMessageHidesTheAddress() {
		Api api = Api.asTeam(port, unique("team"));
		for (String base : new String[] { "https://localhost:8443", "https://[64:ff9b::a9fe:a9fe]", "https://[::ffff:7f00:1]",
				"https://[2002:a9fe:a9fe::1]", "https://[2001:0:a9fe::1]", "https://198.18.0.10", "https://240.1.2.3" }) {
			Http.Response created = api.post("/api/v1/idp-profiles", "{\"name\": \"" + unique("p") + "\", \"provider\": "
					+ "\"OIDC\", \"discoveryUrl\": \"" + base + "/.well-known/openid-configuration\", \"allowedAudience\": [\"a\"]}");
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			JsonNode discovery = created.json().get("discovery");
			assertThat(discovery.get("state").asString()).as(base).isEqualTo("INVALID");
			assertThat(discovery.get("message").asString()).as(base).contains("not allowed").doesNotContain("127.0.0.1")
				.doesNotContain("0:0:0:0:0:0:0:1");
		}
	}

}
