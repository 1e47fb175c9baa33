package dev.agentcore.controlplane.idp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The signing keys of each profile's issuer, cached per profile for ten minutes. A token naming a
 * key id the cache lacks may mean the keys rotated, so the keys are fetched again, but at most
 * once per {@link #REFETCH_INTERVAL} per profile (a failed fetch counts too), and a key id the
 * fresh keys still lack is remembered as unknown for {@link #UNKNOWN_KEY_TTL}: tokens with made-up
 * key ids cannot turn the diagnosis into a stream of fetches against the issuer.
 */
@Component
class SigningKeys {

	static final Duration MAX_AGE = Duration.ofMinutes(10);

	static final Duration REFETCH_INTERVAL = Duration.ofSeconds(30);

	static final Duration UNKNOWN_KEY_TTL = Duration.ofMinutes(2);

	static final int MAX_UNKNOWN_KEYS = 1000;

	private final DiscoveryCheck discovery;

	private final Clock clock;

	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	@Autowired
	SigningKeys(DiscoveryCheck discovery) {
		this(discovery, Clock.systemUTC());
	}

	SigningKeys(DiscoveryCheck discovery, Clock clock) {
		this.discovery = discovery;
		this.clock = clock;
	}

	/** The outcome of looking for a key: the key, or why there is none. */
	record Lookup(JWK key, Discovery discovery) {
	}

	Lookup find(IdpProfile profile, String keyId) {
		Instant now = clock.instant();
		String url = profile.spec().discoveryUrl();
		Cached cached = cache.get(profile.id());
		if (cached != null && cached.url().equals(url)) {
			Optional<JWK> key = key(cached.keys(), keyId);
			boolean fresh = cached.fetchedAt().isAfter(now.minus(MAX_AGE));
			if (key.isPresent() && fresh) {
				return new Lookup(key.get(), cached.discovery());
			}
			boolean debounced = cached.fetchedAt().isAfter(now.minus(REFETCH_INTERVAL)) || cached.knownUnknown(keyId, now);
			if (fresh && debounced) {
				return new Lookup(key.orElse(null), cached.discovery());
			}
		}
		DiscoveryCheck.Result fetched = discovery.check(url);
		Optional<JWK> key = key(fetched.keys(), keyId);
		Map<String, Instant> unknown = new ConcurrentHashMap<>();
		if (cached != null && cached.url().equals(url)) {
			cached.unknown().forEach((id, since) -> {
				if (since.isAfter(now.minus(UNKNOWN_KEY_TTL)) && unknown.size() < MAX_UNKNOWN_KEYS) {
					unknown.put(id, since);
				}
			});
		}
		if (key.isEmpty() && keyId != null && fetched.keys() != null && unknown.size() < MAX_UNKNOWN_KEYS) {
			unknown.put(keyId, now);
		}
		cache.put(profile.id(), new Cached(url, fetched.keys(), fetched.discovery(), now, unknown));
		return new Lookup(key.orElse(null), fetched.discovery());
	}

	private static Optional<JWK> key(JWKSet keys, String keyId) {
		if (keys == null) {
			return Optional.empty();
		}
		if (keyId == null) {
			return keys.getKeys().size() == 1 ? Optional.of(keys.getKeys().getFirst()) : Optional.empty();
		}
		return Optional.ofNullable(keys.getKeyByKeyId(keyId));
	}

	/** The last fetch for a profile (keys null when it failed) and the key ids found missing since. */
	private record Cached(String url, JWKSet keys, Discovery discovery, Instant fetchedAt, Map<String, Instant> unknown) {

		boolean knownUnknown(String keyId, Instant now) {
			Instant since = keyId == null ? null : unknown.get(keyId);
			return since != null && since.isAfter(now.minus(UNKNOWN_KEY_TTL));
		}

	}

}
