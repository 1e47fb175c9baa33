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
 * its lifetime, so this takes the RSA verification off almost every request. A refused token (a bad signature,
 * an expired one) is remembered as refused for {@link #REFUSAL_MEMORY}, so a client that keeps sending it costs one
 * verification per period, not one per request (a read-only caller cannot spend the CPU on RSA checks).
 */
final class CachingJwtDecoder implements JwtDecoder {

	static final int MAX_ENTRIES = 10_000;

	static final Duration SKEW = Duration.ofSeconds(60);

	static final Duration REFUSAL_MEMORY = Duration.ofSeconds(30);

	private final JwtDecoder delegate;

	private final Clock clock;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	private record Refusal(String reason, Instant until) {
	}

	private final Map<String, Refusal> refused = new ConcurrentHashMap<>();

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
			throw refuse(token, "Jwt expired at " + cached.getExpiresAt(), now);
		}
		Refusal refusal = refused.get(token);
		if (refusal != null && now.isBefore(refusal.until())) {
			throw new BadJwtException(refusal.reason());
		}
		Jwt jwt;
		try {
			jwt = delegate.decode(token);
		}
		catch (BadJwtException ex) {
			throw refuse(token, ex.getMessage(), now);
		}
		if (jwt.getExpiresAt() != null) {
			if (verified.size() >= MAX_ENTRIES) {
				verified.clear();
			}
			verified.put(token, jwt);
		}
		return jwt;
	}

	/** Remembers {@code token} as refused (not for errors of the issuer's keys: those are not the token's). */
	private BadJwtException refuse(String token, String reason, Instant now) {
		if (refused.size() >= MAX_ENTRIES) {
			refused.clear();
		}
		refused.put(token, new Refusal(reason, now.plus(REFUSAL_MEMORY)));
		return new BadJwtException(reason);
	}

	private static boolean stillValid(Jwt jwt, Instant now) {
		Instant expiresAt = jwt.getExpiresAt();
		Instant notBefore = jwt.getNotBefore();
		return expiresAt != null && now.minus(SKEW).isBefore(expiresAt) && (notBefore == null || !now.plus(SKEW).isBefore(notBefore));
	}

}
