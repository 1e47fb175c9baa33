package dev.agentcore.controlplane.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTokenConverterTests {

	CallerTokenConverter converter = new CallerTokenConverter(new SecuritySettings(List.of("api"), List.of(), "team",
			Map.of(), new SecuritySettings.Scopes("r", "w", "a")));

	@Test
	void aTokenSentAgainKeepsItsCallerAndGetsAnAuthenticationOfItsOwn() {
		Jwt jwt = jwt("token-1", Map.of("sub", "alice", "team", "payments", "scope", "r w"));
		Authentication first = converter.convert(jwt);
		first.setAuthenticated(false);
		Authentication second = converter.convert(jwt);
		assertThat(second).isNotSameAs(first);
		assertThat(second.isAuthenticated()).as("one request's authentication never changes another's").isTrue();
		assertThat(second.getPrincipal()).as("the claims are read once per token").isSameAs(first.getPrincipal());
		assertThat(List.copyOf(second.getAuthorities())).isEqualTo(List.copyOf(first.getAuthorities()));
		Caller caller = (Caller) second.getPrincipal();
		assertThat(caller.team()).isEqualTo("payments");
		assertThat(caller.subject()).isEqualTo("alice");
	}

	@Test
	void anotherTokenIsConvertedFromItsOwnClaims() {
		converter.convert(jwt("token-1", Map.of("sub", "alice", "team", "payments", "scope", "r")));
		Caller bob = (Caller) converter.convert(jwt("token-2", Map.of("sub", "bob", "team", "search", "scope", "a")))
			.getPrincipal();
		assertThat(bob.subject()).isEqualTo("bob");
		assertThat(bob.team()).isEqualTo("search");
		assertThat(bob.admin()).isTrue();
	}

	@Test
	void aRefusedTokenIsRefusedEveryTime() {
		Jwt bad = jwt("token-3", Map.of("sub", "eve\u0000", "team", "payments", "scope", "r"));
		assertThatThrownBy(() -> converter.convert(bad)).isInstanceOf(InvalidBearerTokenException.class);
		assertThatThrownBy(() -> converter.convert(bad)).isInstanceOf(InvalidBearerTokenException.class);
	}

	private static Jwt jwt(String value, Map<String, Object> claims) {
		return new Jwt(value, Instant.now(), Instant.now().plusSeconds(300), Map.of("alg", "RS256"), claims);
	}

}
