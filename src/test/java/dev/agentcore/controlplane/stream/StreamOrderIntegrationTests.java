package dev.agentcore.controlplane.stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.openGateway;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Commit order, team scope, heartbeats and bad resume ids of the stream, without the provisioner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "controlplane.stream.heartbeat=300ms", "controlplane.stream.poll-interval=50ms" })
class StreamOrderIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void anEventCommittedLateIsSentBeforeTheLaterIdsThatCommittedFirst() throws SQLException {
		String team = unique("team");
		try (SseClient stream = SseClient.connect(port, TestIssuer.get().token(team, "controlplane:read"), null, null);
				Connection slow = dataSource.getConnection(); Connection fast = dataSource.getConnection()) {
			assertThat(stream.nextComment(Duration.ofSeconds(5))).isEqualTo("connected");
			slow.setAutoCommit(false);
			long early = insertEvent(slow, team, "taken first, committed last");
			long late = insertEvent(fast, team, "taken second, committed first");
			assertThat(late).isGreaterThan(early);
			// The later id is committed, but an older transaction is still running: nothing may be sent yet,
			// or a reader resuming after it would never see the earlier one.
			assertThat(stream.next(Duration.ofMillis(700))).isNull();
			slow.commit();
			assertThat(stream.next(Duration.ofSeconds(5)).eventId()).isEqualTo(early);
			assertThat(stream.next(Duration.ofSeconds(5)).eventId()).isEqualTo(late);
		}
	}

	@Test
	void teamsSeeOnlyTheirOwnEventsAndAdminsChooseATeam() {
		String mine = unique("team");
		String other = unique("team");
		Api otherApi = Api.asTeam(port, other);
		Api myApi = Api.withToken(port, TestIssuer.get().token(mine, "controlplane:write"));
		try (SseClient myStream = SseClient.connect(port, TestIssuer.get().token(mine, "controlplane:read"), null, null);
				SseClient adminStream = SseClient.connect(port,
						TestIssuer.get().token("platform", "controlplane:read", "controlplane:admin"), "team=" + other, null)) {
			assertThat(myStream.nextComment(Duration.ofSeconds(5))).isEqualTo("connected");
			assertThat(adminStream.nextComment(Duration.ofSeconds(5))).isEqualTo("connected");
			String theirs = otherApi.post("/api/v1/gateways", openGateway(unique("Theirs"))).json().get("id").asString();
			String ours = myApi.post("/api/v1/gateways", openGateway(unique("Ours"))).json().get("id").asString();
			SseClient.Message first = myStream.next(Duration.ofSeconds(5));
			assertThat(first.data().get("resourceId").asString()).isEqualTo(ours);
			assertThat(first.data().get("team").asString()).isEqualTo(mine);
			assertThat(adminStream.next(Duration.ofSeconds(5)).data().get("resourceId").asString()).isEqualTo(theirs);
			assertThat(adminStream.next(Duration.ofMillis(500))).isNull();
		}
	}

	@Test
	void anIdleStreamSendsHeartbeats() {
		try (SseClient stream = SseClient.connect(port, TestIssuer.get().token(unique("team"), "controlplane:read"), null,
				null)) {
			assertThat(stream.nextComment(Duration.ofSeconds(5))).isEqualTo("connected");
			assertThat(stream.nextComment(Duration.ofSeconds(5))).isEqualTo("heartbeat");
		}
	}

	@Test
	void aLastEventIdThatNamesNoEventIsRefusedNamingTheHeader() {
		var response = new dev.agentcore.controlplane.support.Http(port).send("GET", "/api/v1/events/stream",
				TestIssuer.get().token(unique("team"), "controlplane:read"), null, null,
				java.util.Map.of("Last-Event-ID", "not-a-number"));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("Last-Event-ID");
		try (SseClient stream = SseClient.connect(port, TestIssuer.get().token(unique("team"), "controlplane:read"), null,
				"999999999")) {
			assertThat(stream.status()).isEqualTo(400);
		}
	}

	private static long insertEvent(Connection connection, String team, String message) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into resource_events (scope_id, team, at, resource_type, resource_id, type, message, actor)
				values (?, ?, now(), 'GATEWAY', ?, 'SPEC_ACCEPTED', ?, 'test') returning id""")) {
			UUID id = UUID.randomUUID();
			insert.setObject(1, id);
			insert.setString(2, team);
			insert.setObject(3, id);
			insert.setString(4, message);
			try (ResultSet row = insert.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

}
