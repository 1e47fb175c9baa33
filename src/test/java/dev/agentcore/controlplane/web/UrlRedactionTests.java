package dev.agentcore.controlplane.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlRedactionTests {

	@Test
	void userInfoIsMasked() {
		assertThat(UrlRedaction.redact("https://user:pass@hooks.example.com/x")).isEqualTo("https://***@hooks.example.com/x");
		assertThat(UrlRedaction.redact("https://token@hooks.example.com/x")).isEqualTo("https://***@hooks.example.com/x");
	}

	@Test
	void credentialLikeQueryValuesAreMaskedAndTheRestKept() {
		assertThat(UrlRedaction.redact("https://mcp.example.com/mcp?api-key=s3cr3t&region=eu&access_token=abc#frag"))
			.isEqualTo("https://mcp.example.com/mcp?api-key=***&region=eu&access_token=***#frag");
		assertThat(UrlRedaction.redact("https://x.example.com/h?X-Amz-Signature=ab12&X-Amz-Credential=AKIA&page=2"))
			.isEqualTo("https://x.example.com/h?X-Amz-Signature=***&X-Amz-Credential=***&page=2");
		assertThat(UrlRedaction.redact("https://x.example.com/h?apiKey=1;password=2")).isEqualTo(
				"https://x.example.com/h?apiKey=***;password=***");
	}

	@Test
	void urlsWithoutSecretsStayAsTheyAre() {
		for (String url : new String[] { "https://hooks.example.com/a/b", "https://x.example.com/?page=2&limit=5",
				"http://127.0.0.1:8080/hook?team=a" }) {
			assertThat(UrlRedaction.redact(url)).isEqualTo(url);
		}
		assertThat(UrlRedaction.redact(null)).isNull();
	}

	@Test
	void everyUrlInFreeTextIsRedacted() {
		assertThat(UrlRedaction.redactUrls("Webhook https://u:p@a.example.com/h?token=t disabled; see http://b.example.com/?key=k."))
			.isEqualTo("Webhook https://***@a.example.com/h?token=*** disabled; see http://b.example.com/?key=***.");
	}

	@Test
	void aRedactedFormIsRecognisedAsTheOriginal() {
		String original = "https://hooks.example.com/h?token=t";
		assertThat(UrlRedaction.isRedactedFormOf("https://hooks.example.com/h?token=***", original)).isTrue();
		assertThat(UrlRedaction.isRedactedFormOf(original, original)).isFalse();
		assertThat(UrlRedaction.isRedactedFormOf("https://hooks.example.com/h?token=other", original)).isFalse();
	}

}
