package dev.agentcore.controlplane.idp;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;

import org.springframework.stereotype.Component;

/**
 * The signing keys of each profile's issuer, cached per profile and fetched again when a token
 * names a key id the cache lacks (keys rotate) or the cache is older than ten minutes.
 */
@Component
class SigningKeys {

	static final Duration MAX_AGE = Duration.ofMinutes(10);

	private final DiscoveryCheck discovery;

	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	SigningKeys(DiscoveryCheck discovery) {
		this.discovery = discovery;
	}

	/** The outcome of looking for a key: the key, or why there is none. */
	record Lookup(JWK key, Discovery discovery) {
	}

	Lookup find(IdpProfile profile, String keyId) {
		Cached cached = cache.get(profile.id());
		boolean fresh = cached != null && cached.url().equals(profile.spec().discoveryUrl())
				&& cached.fetchedAt().isAfter(Instant.now().minus(MAX_AGE));
		if (fresh) {
			Optional<JWK> key = key(cached.keys(), keyId);
			if (key.isPresent()) {
				return new Lookup(key.get(), cached.discovery());
			}
		}
		DiscoveryCheck.Result fetched = discovery.check(profile.spec().discoveryUrl());
		if (fetched.keys() == null) {
			return new Lookup(null, fetched.discovery());
		}
		cache.put(profile.id(), new Cached(profile.spec().discoveryUrl(), fetched.keys(), fetched.discovery(), Instant.now()));
		return new Lookup(key(fetched.keys(), keyId).orElse(null), fetched.discovery());
	}

	private static Optional<JWK> key(JWKSet keys, String keyId) {
		if (keyId == null) {
			return keys.getKeys().size() == 1 ? Optional.of(keys.getKeys().getFirst()) : Optional.empty();
		}
		return Optional.ofNullable(keys.getKeyByKeyId(keyId));
	}

	private record Cached(String url, JWKSet keys, Discovery discovery, Instant fetchedAt) {
	}

}
