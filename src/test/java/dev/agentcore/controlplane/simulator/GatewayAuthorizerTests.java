package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated gateways' authorizer against a real issuer (discovery and JWKS over HTTP): every
 * check AgentCore runs, exact and case-sensitive.
 */
class GatewayAuthorizerTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	final GatewayAuthorizer authorizer = new GatewayAuthorizer(JSON);

	final TestIssuer issuer = TestIssuer.get();

	JsonNode config(String members) {
		return JSON.readTree("{\"customJWTAuthorizer\": {\"discoveryUrl\": \"" + issuer.issuer()
				+ "/.well-known/openid-configuration\"" + (members.isEmpty() ? "" : ", " + members) + "}}");
	}

	@Test
	void allowedClientsMatchClientIdExactly() {
		JsonNode clients = config("\"allowedClients\": [\"Agent-1\"]");
		assertThat(authorizer.admit(clients, issuer.sign(c -> c.claim("client_id", "Agent-1")))).isNotNull();
		assertThat(authorizer.admit(clients, issuer.sign(c -> c.claim("client_id", "agent-1")))).as("case-sensitive").isNull();
		assertThat(authorizer.admit(clients, issuer.sign(c -> c.audience("Agent-1")))).as("aud is not client_id").isNull();
	}

	@Test
	void allowedAudienceRefusesATokenWithoutAud() {
		JsonNode audience = config("\"allowedAudience\": [\"gateway123\"]");
		assertThat(authorizer.admit(audience, issuer.sign(c -> c.audience("gateway123")))).isNotNull();
		assertThat(authorizer.admit(audience, issuer.sign(c -> c.claim("client_id", "gateway123")))).isNull();
	}

	@Test
	void oneAllowedScopeIsEnough() {
		JsonNode scopes = config("\"allowedScopes\": [\"api/read\", \"api/write\"]");
		assertThat(authorizer.admit(scopes, issuer.sign(c -> c.claim("scope", "other api/write")))).isNotNull();
		assertThat(authorizer.admit(scopes, issuer.sign(c -> c.claim("scope", "api/admin")))).isNull();
	}

	@Test
	void customClaimsByOperator() {
		JsonNode claims = config("""
				"customClaims": [
				 {"inboundTokenClaimName": "tier", "inboundTokenClaimValueType": "STRING", "authorizingClaimMatchValue":
				   {"claimMatchOperator": "EQUALS", "claimMatchValue": {"matchValueString": "gold"}}},
				 {"inboundTokenClaimName": "groups", "inboundTokenClaimValueType": "STRING_ARRAY", "authorizingClaimMatchValue":
				   {"claimMatchOperator": "CONTAINS_ANY", "claimMatchValue": {"matchValueStringList": ["agents", "ops"]}}}]""");
		assertThat(authorizer.admit(claims, issuer.sign(c -> c.claim("tier", "gold").claim("groups", List.of("ops"))))).isNotNull();
		assertThat(authorizer.admit(claims, issuer.sign(c -> c.claim("tier", "Gold").claim("groups", List.of("ops"))))).isNull();
		assertThat(authorizer.admit(claims, issuer.sign(c -> c.claim("tier", "gold").claim("groups", List.of("dev"))))).isNull();
		assertThat(authorizer.admit(claims, issuer.sign(c -> c.claim("tier", "gold").claim("groups", "ops"))))
			.as("CONTAINS_ANY needs an array").isNull();
	}

	@Test
	void signatureIssuerAndExpiryComeFirst() {
		JsonNode open = config("\"allowedClients\": [\"c\"]");
		assertThat(authorizer.admit(open, issuer.forged(c -> c.claim("client_id", "c")))).isNull();
		assertThat(authorizer.admit(open, issuer.signedByUnknownKey(c -> c.claim("client_id", "c")))).isNull();
		assertThat(authorizer.admit(open, issuer.sign(c -> c.claim("client_id", "c").issuer("https://elsewhere")))).isNull();
		assertThat(authorizer.admit(open, issuer.sign(c -> c.claim("client_id", "c")
			.expirationTime(Date.from(Instant.now().minusSeconds(5)))))).isNull();
		assertThat(authorizer.admit(open, issuer.unsigned(c -> c.claim("client_id", "c")))).isNull();
		assertThat(authorizer.admit(open, null)).isNull();
	}

}
