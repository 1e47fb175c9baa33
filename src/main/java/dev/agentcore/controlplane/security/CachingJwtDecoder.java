package dev.agentcore.controlplane.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies each distinct token once. A token's signature and claims cannot change, so a token
 * that passed every check passes them again until it expires; only the time checks are repeated
 * on a hit (with the same 60 s clock skew as the full validation). Clients send the same token for
 * its lifetime, so this takes the RSA verification off almost every request.
 */
final class CachingJwtDecoder implements JwtDecoder {

	static final int MAX_ENTRIES = 10_000;

	static final Duration SKEW = Duration.ofSeconds(60);

	private final JwtDecoder delegate;

	private final Clock clock;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	CachingJwtDecoder(JwtDecoder delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Instant now = clock.instant();
		Jwt cached = verified.get(token);
		if (cached != null) {
			if (stillValid(cached, now)) {
				return cached;
			}
			verified.remove(token);
			throw new BadJwtException("Jwt expired at " + cached.getExpiresAt());
		}
		Jwt jwt = delegate.decode(token);
		if (jwt.getExpiresAt() != null) {
			if (verified.size() >= MAX_ENTRIES) {
				verified.clear();
			}
			verified.put(token, jwt);
		}
		return jwt;
	}

	private static boolean stillValid(Jwt jwt, Instant now) {
		Instant expiresAt = jwt.getExpiresAt();
		Instant notBefore = jwt.getNotBefore();
		return expiresAt != null && now.minus(SKEW).isBefore(expiresAt) && (notBefore == null || !now.plus(SKEW).isBefore(notBefore));
	}

}
