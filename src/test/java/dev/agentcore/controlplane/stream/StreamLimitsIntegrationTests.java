package dev.agentcore.controlplane.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestIssuer;

import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue #21: a stream ends when its token expires, and one caller holds only so many streams at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "controlplane.stream.heartbeat=300ms", "controlplane.stream.poll-interval=50ms",
				"controlplane.stream.max-per-caller=2" })
class StreamLimitsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aStreamEndsWhenItsTokenExpires() {
		String token = token(unique("user"), Instant.now().plusSeconds(3));
		try (SseClient stream = SseClient.connect(port, token, null, null)) {
			assertThat(stream.status()).isEqualTo(200);
			assertThat(stream.nextComment(Duration.ofSeconds(5))).isEqualTo("connected");
			// It lives until the expiry (heartbeats meanwhile) and no longer: before the fix it ran for max-duration (30m).
			assertThat(stream.ended(Duration.ofSeconds(20))).as("ended at the token's exp").isTrue();
		}
	}

	@Test
	void theLastCommentSaysTheTokenExpired() {
		try (SseClient stream = SseClient.connect(port, token(unique("user"), Instant.now().plusSeconds(2)), null, null)) {
			String comment;
			do {
				comment = stream.nextComment(Duration.ofSeconds(10));
			}
			while (comment != null && !comment.startsWith("token expired"));
			assertThat(comment).isEqualTo(Subscription.TOKEN_EXPIRED);
		}
	}

	@Test
	void oneCallerHoldsAtMostItsStreamsAtOnce() {
		String subject = unique("user");
		Instant exp = Instant.now().plusSeconds(300);
		try (SseClient first = SseClient.connect(port, token(subject, exp), null, null);
				SseClient second = SseClient.connect(port, token(subject, exp), null, null)) {
			assertThat(first.nextComment(Duration.ofSeconds(5))).isEqualTo("connected");
			assertThat(second.nextComment(Duration.ofSeconds(5))).isEqualTo("connected");
			Http.Response refused = new Http(port).send("GET", "/api/v1/events/stream", token(subject, exp), null, null);
			assertThat(refused.status()).as(refused.body()).isEqualTo(429);
			assertThat(refused.json().get("code").asString()).isEqualTo("TOO_MANY_STREAMS");
			try (SseClient someoneElse = SseClient.connect(port, token(unique("user"), exp), null, null)) {
				assertThat(someoneElse.status()).as("other callers are not limited by it").isEqualTo(200);
			}
		}
		// Closed streams give their places back (the server notices at its next write: a heartbeat).
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		int status;
		do {
			try (SseClient again = SseClient.connect(port, token(subject, exp), null, null)) {
				status = again.status();
			}
		}
		while (status != 200 && System.nanoTime() < deadline);
		assertThat(status).isEqualTo(200);
	}

	private static String token(String subject, Instant expiresAt) {
		return TestIssuer.get().sign(claims -> claims.subject(subject)
			.expirationTime(Date.from(expiresAt))
			.audience(List.of(TestIssuer.AUDIENCE))
			.claim("team", unique("team"))
			.claim("scope", "controlplane:read"));
	}

}
