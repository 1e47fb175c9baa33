package dev.agentcore.controlplane.gateway;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnUrlsTests {

	@Test
	void httpsAndLocalhostOverHttpAreReturnUrls() {
		assertThat(ReturnUrls.problem("https://app.example.com/oauth/done?tenant=a")).isNull();
		assertThat(ReturnUrls.problem("http://localhost:8080/callback")).isNull();
		assertThat(ReturnUrls.problem("HTTPS://App.Example.com/done")).isNull();
	}

	@Test
	void plainHttpElsewhereIsRefusedAskingForHttps() {
		assertThat(ReturnUrls.problem("http://app.example.com/done")).contains("must use https");
		assertThat(ReturnUrls.problem("http://localhost.example.com/done")).contains("must use https");
		assertThat(ReturnUrls.problem("myapp://callback")).isNotNull();
	}

	@Test
	void relativeUrlsFragmentsAndCredentialsAreRefused() {
		assertThat(ReturnUrls.problem("/oauth/done")).contains("absolute URL");
		assertThat(ReturnUrls.problem("https://app.example.com/done#token")).contains("fragment");
		assertThat(ReturnUrls.problem("https://user:secret@app.example.com/done")).contains("user name or password");
		assertThat(ReturnUrls.problem("https://app example.com/")).contains("is not a URL");
	}

	@Test
	void aReturnUrlListedTwiceIsNamed() {
		var violations = new dev.agentcore.controlplane.web.Violations.Collector();
		GatewayRules.returnUrls(java.util.List.of("https://a.example.com/x", "https://a.example.com/x"), violations);
		assertThat(violations.has("oauthReturnUrls[1]")).isTrue();
		assertThat(violations.has("oauthReturnUrls[0]")).isFalse();
	}

}
