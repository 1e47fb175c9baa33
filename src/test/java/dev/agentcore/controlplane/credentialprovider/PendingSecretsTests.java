package dev.agentcore.controlplane.credentialprovider;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.credentialprovider.PendingSecrets.State;

import static org.assertj.core.api.Assertions.assertThat;

class PendingSecretsTests {

	static final String SECRET = "s3cr3t-value-that-must-not-leak";

	final MutableClock clock = new MutableClock();

	final PendingSecrets secrets = new PendingSecrets(Duration.ofMinutes(15), clock);

	@Test
	void aSecretIsHeldSealedUntilSentThenOnlyTheFactRemains() throws Exception {
		UUID id = UUID.randomUUID();
		secrets.hold(id, 1, SECRET);
		assertThat(secrets.state(id, 1)).isEqualTo(State.PENDING);
		assertThat(heldBytes()).doesNotContain(SECRET);
		assertThat(secrets.reveal(id, 1)).isEqualTo(SECRET);
		secrets.sent(id, 1);
		assertThat(secrets.state(id, 1)).isEqualTo(State.SENT);
		assertThat(secrets.reveal(id, 1)).isNull();
		assertThat(secrets.state(id, 2)).isEqualTo(State.MISSING);
		assertThat(secrets.toString()).doesNotContain(SECRET);
	}

	@Test
	void aSecretNotSentInTimeIsGone() {
		UUID id = UUID.randomUUID();
		secrets.hold(id, 3, SECRET);
		clock.advance(Duration.ofMinutes(16));
		assertThat(secrets.state(id, 3)).isEqualTo(State.MISSING);
		assertThat(secrets.reveal(id, 3)).isNull();
	}

	@Test
	void forgettingAProviderDropsAllItsGenerations() {
		UUID id = UUID.randomUUID();
		secrets.hold(id, 1, SECRET);
		secrets.hold(id, 2, SECRET + "2");
		secrets.forget(id);
		assertThat(secrets.state(id, 1)).isEqualTo(State.MISSING);
		assertThat(secrets.state(id, 2)).isEqualTo(State.MISSING);
	}

	/** Every byte the store holds for its entries, as text. */
	private String heldBytes() throws Exception {
		Field field = PendingSecrets.class.getDeclaredField("entries");
		field.setAccessible(true);
		StringBuilder all = new StringBuilder();
		for (Object entry : ((Map<?, ?>) field.get(secrets)).values()) {
			for (var component : entry.getClass().getRecordComponents()) {
				Object value = component.getAccessor().invoke(entry);
				if (value instanceof byte[] bytes) {
					all.append(new String(bytes, StandardCharsets.ISO_8859_1));
				}
			}
		}
		return all.toString();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-12-07T12:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
