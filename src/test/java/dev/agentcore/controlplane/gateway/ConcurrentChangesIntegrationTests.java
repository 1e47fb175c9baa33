package dev.agentcore.controlplane.gateway;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.support.Fixtures.cognitoProfile;
import static dev.agentcore.controlplane.support.Fixtures.jwtGateway;
import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11, finding 4 and the profile race: changes that race each other are serialized by row
 * locks, so they never leave resources waiting for each other and never fail with a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentChangesIntegrationTests {

	static final String GATEWAYS = "/api/v1/gateways";

	static final int TRIALS = 15;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
	}

	@Test
	void aDeleteRacingATargetCreateNeverAcceptsBoth() throws Exception {
		for (int trial = 0; trial < TRIALS; trial++) {
			String id = api.post(GATEWAYS, openGateway(unique("Race"))).json().get("id").asString();
			List<Http.Response> answers = race(() -> api.post(GATEWAYS + "/" + id + "/targets", lambdaTarget("t")),
					() -> api.delete(GATEWAYS + "/" + id, "*"));
			Http.Response create = answers.get(0);
			Http.Response delete = answers.get(1);
			assertThat(List.of(create.status(), delete.status())).as(create.body() + " / " + delete.body())
				.containsExactlyInAnyOrder(202, 409);
			String conflict = (create.status() == 409 ? create : delete).json().get("code").asString();
			assertThat(conflict).isIn("GATEWAY_DELETING", "GATEWAY_HAS_TARGETS");
		}
	}

	@Test
	void aCascadeOnAGatewayAlreadyBeingDeletedDeletesItsRemainingTargets() {
		String id = api.post(GATEWAYS, openGateway(unique("Stuck"))).json().get("id").asString();
		String target = api.post(GATEWAYS + "/" + id + "/targets", lambdaTarget("late")).json().get("id").asString();
		// The state the race used to leave behind: a deletion without cascade, and a target that is not being deleted.
		jdbc.sql("update gateways set deletion_requested_at = now(), cascade_delete = false, phase = 'DELETING' where id = ?")
			.param(java.util.UUID.fromString(id))
			.update();
		assertThat(api.delete(GATEWAYS + "/" + id, "*").status()).as("a plain repeat changes nothing").isEqualTo(202);
		assertThat(api.get(GATEWAYS + "/" + id + "/targets/" + target).json().at("/status/phase").asString())
			.isNotEqualTo("DELETING");
		Http.Response upgraded = api.delete(GATEWAYS + "/" + id + "?cascade=true", "*");
		assertThat(upgraded.status()).as(upgraded.body()).isEqualTo(202);
		assertThat(api.get(GATEWAYS + "/" + id + "/targets/" + target).json().at("/status/phase").asString())
			.isEqualTo("DELETING");
		assertThat(api.get(GATEWAYS + "/" + id + "/events").json().get("items").valueStream()
			.map(event -> event.get("message").asString())).anyMatch(message -> message.contains("upgraded to cascade"));
	}

	@Test
	void aProfileDeleteRacingAGatewayCreateIsAConflictNeverA500() throws Exception {
		for (int trial = 0; trial < TRIALS; trial++) {
			String profile = api.post("/api/v1/idp-profiles", cognitoProfile(unique("p"))).json().get("id").asString();
			List<Http.Response> answers = race(() -> api.post(GATEWAYS, jwtGateway(unique("Jwt"), profile)),
					() -> api.delete("/api/v1/idp-profiles/" + profile, "*"));
			Http.Response create = answers.get(0);
			Http.Response delete = answers.get(1);
			assertThat(create.status()).as(create.body()).isIn(202, 400);
			assertThat(delete.status()).as(delete.body()).isIn(204, 409);
			assertThat(create.status() == 202).as("exactly one of them wins").isEqualTo(delete.status() == 409);
		}
	}

	/** Runs both at once, released together, and returns their answers in order. */
	static List<Http.Response> race(Supplier<Http.Response> first, Supplier<Http.Response> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<Http.Response> a = CompletableFuture.supplyAsync(() -> await(start, first));
		CompletableFuture<Http.Response> b = CompletableFuture.supplyAsync(() -> await(start, second));
		return List.of(a.get(), b.get());
	}

	private static Http.Response await(CyclicBarrier start, Supplier<Http.Response> call) {
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return call.get();
	}

}
