package dev.agentcore.controlplane.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Stored answers to POSTs sent with an {@code Idempotency-Key}, per scope (team), kept 24 hours.
 * A key is claimed before the request runs, so two concurrent requests with one key never both
 * create.
 */
@Component
@Profile("!simulator")
class IdempotencyKeys {

	static final Duration RETENTION = Duration.ofHours(24);

	/** A claim whose request died (a crash) may be taken over after this long. */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	sealed interface Claim permits Claimed, Replay, Mismatch, InProgress {
	}

	record Claimed() implements Claim {
	}

	record Replay(int status, String location, String body) implements Claim {
	}

	record Mismatch() implements Claim {
	}

	record InProgress() implements Claim {
	}

	Claim claim(String scope, String key, String requestHash) {
		Instant now = Instant.now();
		int inserted = jdbc.sql("""
				insert into idempotency_keys (scope, key, request_hash, created_at) values (?, ?, ?, ?)
				on conflict do nothing""").params(scope, key, requestHash, now.atOffset(java.time.ZoneOffset.UTC)).update();
		if (inserted == 1) {
			return new Claimed();
		}
		Optional<Stored> stored = jdbc.sql("""
				select request_hash, status, location, body, created_at from idempotency_keys where scope = ? and key = ?""")
			.params(scope, key)
			.query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.optional();
		if (stored.isEmpty()) {
			return claim(scope, key, requestHash);
		}
		Stored row = stored.get();
		boolean expired = row.createdAt().isBefore(now.minus(RETENTION));
		boolean abandoned = row.status() == null && row.createdAt().isBefore(now.minus(ABANDONED_AFTER));
		if (expired || abandoned) {
			jdbc.sql("delete from idempotency_keys where scope = ? and key = ? and created_at = ?")
				.params(scope, key, row.createdAt().atOffset(java.time.ZoneOffset.UTC))
				.update();
			return claim(scope, key, requestHash);
		}
		if (!row.requestHash().equals(requestHash)) {
			return new Mismatch();
		}
		return row.status() == null ? new InProgress() : new Replay(row.status(), row.location(), row.body());
	}

	void complete(String scope, String key, int status, String location, String body) {
		jdbc.sql("update idempotency_keys set status = ?, location = ?, body = ? where scope = ? and key = ?")
			.params(status, location, body, scope, key)
			.update();
	}

	void release(String scope, String key) {
		jdbc.sql("delete from idempotency_keys where scope = ? and key = ? and status is null").params(scope, key).update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpired() {
		jdbc.sql("delete from idempotency_keys where created_at < ?")
			.param(Instant.now().minus(RETENTION).atOffset(java.time.ZoneOffset.UTC))
			.update();
	}

	private record Stored(String requestHash, Integer status, String location, String body, Instant createdAt) {
	}

}
