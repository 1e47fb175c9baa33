package dev.agentcore.controlplane.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTests {

	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	AtomicInteger verifications = new AtomicInteger();

	JwtDecoder verifying = token -> {
		verifications.incrementAndGet();
		if (token.startsWith("bad")) {
			throw new BadJwtException("signature");
		}
		return Jwt.withTokenValue(token).header("alg", "RS256").subject("s").issuedAt(NOW).expiresAt(NOW.plusSeconds(300)).build();
	};

	@Test
	void aTokenIsVerifiedOnceWhileValid() {
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifying, Clock.fixed(NOW, ZoneOffset.UTC));
		decoder.decode("good");
		decoder.decode("good");
		assertThat(verifications).hasValue(1);
	}

	@Test
	void aRefusedTokenIsVerifiedOncePerRefusalPeriod() {
		MutableClock clock = new MutableClock(NOW);
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifying, clock);
		for (int i = 0; i < 100; i++) {
			assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class).hasMessage("signature");
		}
		assertThat(verifications).hasValue(1);
		clock.now = NOW.plus(CachingJwtDecoder.REFUSAL_MEMORY);
		assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
		assertThat(verifications).hasValue(2);
	}

	@Test
	void anExpiredTokenIsNotVerifiedAgainAfterItsExpiry() {
		MutableClock clock = new MutableClock(NOW);
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifying, clock);
		decoder.decode("good");
		clock.now = NOW.plus(Duration.ofSeconds(300 + 61));
		for (int i = 0; i < 100; i++) {
			assertThatThrownBy(() -> decoder.decode("good")).isInstanceOf(BadJwtException.class).hasMessageContaining("expired");
		}
		assertThat(verifications).hasValue(1);
	}

	@Test
	void anIssuerKeyErrorIsNotRememberedAsTheTokensFault() {
		AtomicInteger calls = new AtomicInteger();
		CachingJwtDecoder decoder = new CachingJwtDecoder(token -> {
			calls.incrementAndGet();
			throw new org.springframework.security.oauth2.jwt.JwtException("Couldn't retrieve remote JWK set");
		}, Clock.fixed(NOW, ZoneOffset.UTC));
		assertThatThrownBy(() -> decoder.decode("t")).isNotInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> decoder.decode("t")).isNotInstanceOf(BadJwtException.class);
		assertThat(calls).hasValue(2);
	}

	@Test
	void aCachedTokenExpiresLikeAnyOther() {
		MutableClock clock = new MutableClock(NOW);
		CachingJwtDecoder decoder = new CachingJwtDecoder(verifying, clock);
		decoder.decode("good");
		clock.now = NOW.plus(Duration.ofSeconds(300 + 61));
		assertThatThrownBy(() -> decoder.decode("good")).isInstanceOf(BadJwtException.class).hasMessageContaining("expired");
	}

	@Test
	void headerTokensFollowRfc6750() {
		assertThat(FastBearerTokenResolver.isToken68("eyJ.abc-_~+/==")).isTrue();
		assertThat(FastBearerTokenResolver.isToken68("has space")).isFalse();
		assertThat(FastBearerTokenResolver.isToken68("=abc")).isFalse();
		assertThat(FastBearerTokenResolver.isToken68("abc=d")).isFalse();
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
