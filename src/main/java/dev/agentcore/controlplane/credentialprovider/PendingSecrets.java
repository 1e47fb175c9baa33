package dev.agentcore.controlplane.credentialprovider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Secrets on their way to AgentCore, never stored: a caller's client secret or API key is held here, in this
 * process's memory, encrypted (AES-GCM) with a key made when the process starts and never written anywhere, keyed by
 * the provider and the generation that carried it, until the provisioner has sent it; then only the fact that it was
 * sent is kept, and every entry goes after {@code controlplane.credential-providers.secret-ttl} (15 minutes). A
 * restart, another replica or the time limit loses it: the provisioner then reports SECRET_MISSING and asks for the
 * secret again ({@link State#MISSING}).
 */
@Component
public class PendingSecrets {

	/** Where a generation's secret is. */
	public enum State {

		/** Held here, not sent yet. */
		PENDING,
		/** Sent to AgentCore; no longer held. */
		SENT,
		/** Not here: never given to this process, or lost (restart, time limit). */
		MISSING

	}

	private record Entry(byte[] iv, byte[] sealed, Instant expiresAt) {
	}

	private record Key(UUID provider, long generation) {
	}

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private final Duration ttl;

	private final Clock clock;

	@Autowired
	PendingSecrets(@Value("${controlplane.credential-providers.secret-ttl:15m}") Duration ttl) {
		this(ttl, Clock.systemUTC());
	}

	PendingSecrets(Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, random);
			this.key = generator.generateKey();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256 is not available", ex);
		}
	}

	/** Holds {@code secret} for the provider's {@code generation}. */
	void hold(UUID provider, long generation, String secret) {
		expire();
		byte[] iv = new byte[12];
		random.nextBytes(iv);
		entries.put(new Key(provider, generation), new Entry(iv, cipher(Cipher.ENCRYPT_MODE, iv, aad(provider, generation))
			.apply(secret.getBytes(StandardCharsets.UTF_8)), clock.instant().plus(ttl)));
	}

	public State state(UUID provider, long generation) {
		Entry entry = entries.get(new Key(provider, generation));
		if (entry == null || clock.instant().isAfter(entry.expiresAt())) {
			return State.MISSING;
		}
		return entry.sealed() == null ? State.SENT : State.PENDING;
	}

	/** The secret held for the generation, to send to AgentCore now; null unless {@link State#PENDING}. */
	public String reveal(UUID provider, long generation) {
		Entry entry = entries.get(new Key(provider, generation));
		if (entry == null || entry.sealed() == null || clock.instant().isAfter(entry.expiresAt())) {
			return null;
		}
		return new String(cipher(Cipher.DECRYPT_MODE, entry.iv(), aad(provider, generation)).apply(entry.sealed()),
				StandardCharsets.UTF_8);
	}

	/** AgentCore has the generation's secret: forget it, remembering only that it was sent. */
	public void sent(UUID provider, long generation) {
		entries.computeIfPresent(new Key(provider, generation), (k, entry) -> new Entry(null, null, entry.expiresAt()));
	}

	/** Forgets everything held for the provider (it is being deleted). */
	void forget(UUID provider) {
		entries.keySet().removeIf(held -> held.provider().equals(provider));
	}

	private void expire() {
		Instant now = clock.instant();
		entries.values().removeIf(entry -> now.isAfter(entry.expiresAt()));
	}

	private static byte[] aad(UUID provider, long generation) {
		return (provider + "-g" + generation).getBytes(StandardCharsets.UTF_8);
	}

	private java.util.function.UnaryOperator<byte[]> cipher(int mode, byte[] iv, byte[] aad) {
		return bytes -> {
			try {
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(mode, key, new GCMParameterSpec(128, iv));
				cipher.updateAAD(aad);
				return cipher.doFinal(bytes);
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("Sealing a pending secret failed", ex);
			}
		};
	}

	@Override
	public String toString() {
		return "PendingSecrets[" + entries.size() + " held, values not shown]";
	}

}
