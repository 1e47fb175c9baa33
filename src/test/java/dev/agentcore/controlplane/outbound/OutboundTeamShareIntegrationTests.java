package dev.agentcore.controlplane.outbound;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.ScriptedServer;

import static dev.agentcore.controlplane.outbound.OutboundLimitsIntegrationTests.PROFILES;
import static dev.agentcore.controlplane.outbound.OutboundLimitsIntegrationTests.profile;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21, fairness: a team whose own issuer is slow fills its share of the outbound slots and
 * is refused beyond it, while another team's discovery checks still get a slot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "controlplane.outbound.allow-private-networks=true", "controlplane.outbound.deadline=6s",
				"controlplane.outbound.max-concurrent=3", "controlplane.outbound.max-concurrent-per-team=2" })
class OutboundTeamShareIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	GuardedFetch fetch;

	@Test
	void aTeamHoldingItsShareWithASlowServerLeavesTheOtherSlotsToOtherTeams() throws Exception {
		String slowTeam = unique("team");
		Api slow = Api.asTeam(port, slowTeam);
		Api other = Api.asTeam(port, unique("team"));
		String othersProfile = other.post(PROFILES, profile("http://127.0.0.1:9")).json().get("id").asString();
		try (ScriptedServer silent = new ScriptedServer(out -> Thread.sleep(30_000))) {
			List<CompletableFuture<Http.Response>> holding = IntStream.range(0, 2)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> slow.post(PROFILES, profile(silent.url("")))))
				.toList();
			while (fetch.slotsHeldBy(slowTeam) < 2) {
				Thread.sleep(10);
			}
			Http.Response refused = slow.post(PROFILES, profile(silent.url("")));
			assertThat(refused.status()).as(refused.body()).isEqualTo(503);
			assertThat(refused.json().get("code").asString()).isEqualTo("OUTBOUND_BUSY");
			assertThat(refused.json().get("detail").asString()).contains("Your team");
			assertThat(fetch.slotsHeldBy(slowTeam)).isEqualTo(2);

			Http.Response check = other.post(PROFILES + "/" + othersProfile + "/discovery-check", "");
			assertThat(check.status()).as(check.body()).isEqualTo(200);
			assertThat(fetch.slotsHeldBy(slowTeam)).as("the slow team still holds its share meanwhile").isEqualTo(2);
			silent.close();
			holding.forEach(CompletableFuture::join);
		}
	}

}
