package dev.agentcore.controlplane.web;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Server-generated ids: UUIDv7 (RFC 9562), whose first 48 bits are the creation time in
 * milliseconds, so ordering by id is creation order and keyset pages stay stable.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID newId() {
		long millis = System.currentTimeMillis();
		long randomA = RANDOM.nextInt(1 << 12);
		long randomB = RANDOM.nextLong();
		long most = (millis << 16) | (0x7L << 12) | randomA;
		long least = (randomB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

}
