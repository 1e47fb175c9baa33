package dev.agentcore.controlplane.audit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail through the API: who changed what from what to what, filters, pages, export, token checks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "controlplane.idp.allow-private-networks=true")
class AuditIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void showsWhoChangedTheDescriptionFromWhatToWhat() {
		String team = unique("team");
		String alice = TestIssuer.get().sign(claims -> claims.audience(TestIssuer.AUDIENCE).subject("alice")
			.claim("team", team).claim("client_id", "portal-app").claim("scope", "controlplane:write"));
		Api api = Api.withToken(port, alice);
		String name = unique("Audited");
		Http.Response created = api.post("/api/v1/gateways", openGateway(name));
		String id = created.json().get("id").asString();
		Http.Response replaced = new Http(port).send("PUT", "/api/v1/gateways/" + id, alice, "application/json",
				openGateway(name).replace("test gateway", "payments tools"),
				Map.of("If-Match", created.header("ETag").orElseThrow(), "X-Request-Id", "req-4711"));
		assertThat(replaced.status()).isEqualTo(202);
		assertThat(replaced.header("X-Request-Id")).contains("req-4711");

		JsonNode records = admin().get("/api/v1/audit?resourceId=" + id).json().get("items");
		assertThat(records).hasSize(2);
		JsonNode change = records.get(0);
		assertThat(change.get("action").asString()).isEqualTo("REPLACE");
		assertThat(change.at("/actor/subject").asString()).isEqualTo("alice");
		assertThat(change.at("/actor/clientId").asString()).isEqualTo("portal-app");
		assertThat(change.at("/actor/team").asString()).isEqualTo(team);
		assertThat(change.at("/actor/admin").asBoolean()).isFalse();
		assertThat(change.get("requestId").asString()).isEqualTo("req-4711");
		assertThat(change.at("/resource/type").asString()).isEqualTo("GATEWAY");
		assertThat(change.at("/resource/team").asString()).isEqualTo(team);
		assertThat(change.get("patch")).isEqualTo(JsonMapper.builder().build().readTree("""
				[{"op": "test", "path": "/description", "value": "test gateway"},
				 {"op": "replace", "path": "/description", "value": "payments tools"}]"""));
		JsonNode creation = records.get(1);
		assertThat(creation.get("action").asString()).isEqualTo("CREATE");
		assertThat(creation.get("patch").toString()).contains("{\"op\":\"add\",\"path\":\"/description\",\"value\":\"test gateway\"}");
		assertThat(creation.get("requestId").asString()).isNotBlank();
	}

	@Test
	void deletesReconcilesAndFiltersByTeamActorAndTime() {
		String team = unique("team");
		Api api = Api.asTeam(port, team);
		Http.Response created = api.post("/api/v1/gateways", openGateway(unique("Filtered")));
		String id = created.json().get("id").asString();
		api.post("/api/v1/gateways/" + id + "/reconcile", "");
		api.delete("/api/v1/gateways/" + id, created.header("ETag").orElseThrow());
		Api.asTeam(port, unique("other")).post("/api/v1/gateways", openGateway(unique("Elsewhere")));

		JsonNode page = admin().get("/api/v1/audit?team=" + team + "&limit=2").json();
		assertThat(page.get("items")).extracting(r -> r.get("action").asString()).containsExactly("DELETE", "RECONCILE");
		assertThat(page.get("items").get(0).get("patch").toString()).contains("\"op\":\"remove\",\"path\":\"/roleArn\"");
		JsonNode next = admin().get("/api/v1/audit?team=" + team + "&limit=2&cursor=" + page.get("nextCursor").asString()).json();
		assertThat(next.get("items")).extracting(r -> r.get("action").asString()).containsExactly("CREATE");
		assertThat(next.get("nextCursor").isNull()).isTrue();
		String subject = page.get("items").get(0).at("/actor/subject").asString();
		assertThat(admin().get("/api/v1/audit?actor=" + subject).json().get("items")).hasSize(3);
		assertThat(admin().get("/api/v1/audit?team=" + team + "&from=2999-01-01T00:00:00Z").json().get("items")).isEmpty();
		assertThat(admin().get("/api/v1/audit?team=" + team + "&to=2000-01-01T00:00:00Z").json().get("items")).isEmpty();
	}

	@Test
	void tokenChecksAreAuditedWithoutTheTokenAndTheExportIsNdjson() {
		String team = unique("team");
		Api api = Api.asTeam(port, team);
		String profile = api.post("/api/v1/idp-profiles", """
				{"name": "%s", "provider": "OIDC", "discoveryUrl": "%s/.well-known/openid-configuration",
				 "allowedAudience": ["someone-else"]}""".formatted(unique("p"), TestIssuer.get().issuer()))
			.json().get("id").asString();
		String token = TestIssuer.get().token(team, "controlplane:read");
		assertThat(api.post("/api/v1/idp-profiles/" + profile + "/token-checks", "{\"token\": \"" + token + "\"}").status())
			.isEqualTo(200);

		Http.Response export = new Http(port).send("GET", "/api/v1/audit/export?team=" + team,
				TestIssuer.get().token("platform", "controlplane:read", "controlplane:admin"), null, null,
				Map.of("Accept", "application/x-ndjson"));
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).startsWith("application/x-ndjson");
		List<JsonNode> lines = export.body().lines().map(line -> JsonMapper.builder().build().readTree(line)).toList();
		assertThat(lines).extracting(r -> r.get("action").asString()).containsExactly("CREATE", "TOKEN_CHECK");
		assertThat(lines.get(1).get("outcome").asString()).isEqualTo("REFUSED");
		assertThat(lines.get(1).at("/resource/type").asString()).isEqualTo("IDP_PROFILE");
		assertThat(export.body()).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
	}

	@Test
	void onlyAdminsReadTheAuditTrail() {
		Http.Response refused = Api.asTeam(port, unique("team")).get("/api/v1/audit");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("code").asString()).isEqualTo("ADMIN_REQUIRED");
		assertThat(Api.asTeam(port, unique("team")).get("/api/v1/audit/export").status()).isEqualTo(403);
		assertThat(admin().get("/api/v1/audit?cursor=abc").status()).isEqualTo(400);
	}

	private Api admin() {
		return Api.asAdmin(port);
	}

}
