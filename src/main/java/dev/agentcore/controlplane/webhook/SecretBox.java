package dev.agentcore.controlplane.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.web.Problems;

/**
 * Signing secrets: generated here ({@code whsec_} + base64 of 24 random bytes, as Standard Webhooks
 * suggests) and kept encrypted with AES-256-GCM under the configured key. They must be stored
 * recoverably, since every delivery is signed with them; encryption keeps a database dump from
 * handing them out. The webhook id is the associated data, so a ciphertext cannot be moved to another
 * webhook.
 */
@Component
class SecretBox {

	static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	SecretBox(WebhookSettings settings) {
		this.key = settings.encryptionKey() == null || settings.encryptionKey().isBlank() ? null
				: new SecretKeySpec(decodeKey(settings.encryptionKey()), "AES");
	}

	static String generate() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getEncoder().encodeToString(bytes);
	}

	byte[] seal(String secret, String webhookId) {
		byte[] nonce = new byte[12];
		RANDOM.nextBytes(nonce);
		byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, webhookId, secret.getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
	}

	String open(byte[] stored, String webhookId) {
		byte[] nonce = java.util.Arrays.copyOfRange(stored, 0, 12);
		byte[] sealed = java.util.Arrays.copyOfRange(stored, 12, stored.length);
		return new String(crypt(Cipher.DECRYPT_MODE, nonce, webhookId, sealed), StandardCharsets.UTF_8);
	}

	/** 503 when no encryption key is configured: secrets would have to be stored in the clear. */
	void requireKey() {
		if (key == null) {
			throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, Problems.problem(HttpStatus.SERVICE_UNAVAILABLE,
					"WEBHOOKS_NOT_CONFIGURED", "Webhooks need controlplane.webhooks.encryption-key "
							+ "(CONTROLPLANE_WEBHOOKS_ENCRYPTIONKEY): base64 of 32 random bytes, e.g. 'openssl rand -base64 32'."),
					null);
		}
	}

	private byte[] crypt(int mode, byte[] nonce, String webhookId, byte[] input) {
		requireKey();
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(webhookId.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The webhook secret cannot be " + (mode == Cipher.ENCRYPT_MODE ? "sealed"
					: "opened; was controlplane.webhooks.encryption-key changed?"), ex);
		}
	}

	private static byte[] decodeKey(String encoded) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(encoded.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("controlplane.webhooks.encryption-key must be base64 (of 32 random bytes)");
		}
		if (bytes.length != 32) {
			throw new IllegalStateException("controlplane.webhooks.encryption-key must decode to 32 bytes (AES-256), not "
					+ bytes.length);
		}
		return bytes;
	}

}
