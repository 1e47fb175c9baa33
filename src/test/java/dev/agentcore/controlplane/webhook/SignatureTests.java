package dev.agentcore.controlplane.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignatureTests {

	@Test
	void signsLikeTheStandardWebhooksReference() {
		// The example of the Standard Webhooks specification's reference libraries.
		assertThat(Signature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
				"{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void secretsAreGeneratedFreshAndSealedPerWebhook() {
		String secret = SecretBox.generate();
		assertThat(secret).startsWith("whsec_").isNotEqualTo(SecretBox.generate());
		assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
		SecretBox box = new SecretBox(settings(Base64.getEncoder().encodeToString(new byte[32])));
		byte[] sealed = box.seal(secret, "hook-1");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6));
		assertThat(box.open(sealed, "hook-1")).isEqualTo(secret);
		assertThatThrownBy(() -> box.open(sealed, "hook-2")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutAKeyWebhooksCannotBeCreated() {
		assertThatThrownBy(() -> new SecretBox(settings(null)).requireKey()).hasMessageContaining("503");
		assertThatThrownBy(() -> new SecretBox(settings("c2hvcnQ="))).hasMessageContaining("32 bytes");
	}

	@Test
	void retriesBackOffExponentiallyUpToTheMaximum() {
		WebhookDelivery delivery = new WebhookDelivery(null, null, null, null, settings(null));
		assertThat(delivery.backoff(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(delivery.backoff(3)).isEqualTo(Duration.ofSeconds(20));
		assertThat(delivery.backoff(40)).isEqualTo(Duration.ofHours(1));
	}

	static WebhookSettings settings(String key) {
		return new WebhookSettings(true, key, Duration.ofSeconds(5), Duration.ofHours(1), 12, Duration.ofHours(24),
				Duration.ofMillis(500), Duration.ofSeconds(2), 4, 2, 25);
	}

}
