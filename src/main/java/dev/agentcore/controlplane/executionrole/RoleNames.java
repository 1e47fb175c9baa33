package dev.agentcore.controlplane.executionrole;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * IAM role names for managed roles: the prefix and the gateway's name (whose letters, digits and
 * hyphens are all in IAM's alphabet {@code [\w+=,.@-]}), kept within IAM's 64 characters by
 * shortening the name and adding a hash of it, so distinct gateways keep distinct roles.
 */
final class RoleNames {

	static final int MAX_LENGTH = 64;

	private RoleNames() {
	}

	static String of(String prefix, String gatewayName) {
		String whole = prefix + gatewayName;
		if (whole.length() <= MAX_LENGTH) {
			return whole;
		}
		String hash = hash(gatewayName);
		return prefix + gatewayName.substring(0, MAX_LENGTH - prefix.length() - hash.length() - 1) + "-" + hash;
	}

	/** Another name for the same gateway, when the first is taken ignoring case (gateways "Pay" and "pay"). */
	static String distinct(String prefix, String gatewayName, UUID gatewayId) {
		String hash = hash(gatewayId.toString());
		String base = of(prefix, gatewayName);
		String shortened = base.length() + hash.length() + 1 <= MAX_LENGTH ? base
				: base.substring(0, MAX_LENGTH - hash.length() - 1);
		return shortened + "-" + hash;
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
