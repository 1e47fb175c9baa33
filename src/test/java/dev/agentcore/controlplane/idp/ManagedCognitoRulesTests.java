package dev.agentcore.controlplane.idp;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.web.InvalidRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ManagedCognitoRulesTests {

	static final ManagedCognito.ResourceServer SERVER = new ManagedCognito.ResourceServer("api", null, List.of("read", "write"));

	static ManagedCognito managed(String prefix, ManagedCognito.Client... clients) {
		return new ManagedCognito(SERVER, List.of(clients), prefix);
	}

	static IdpProfileSpec spec(Provider provider, String discoveryUrl, List<String> clients, List<String> audience) {
		return new IdpProfileSpec(null, provider, discoveryUrl, clients, audience, null, null);
	}

	static String code(Runnable check) {
		InvalidRequest refused = catchThrowableOfType(InvalidRequest.class, check::run);
		assertThat(refused).as("refused").isNotNull();
		return (String) refused.getBody().getProperties().get("code");
	}

	@Test
	void theProvisionerFillsDiscoveryAndClientsAndOnlyCognitoIsManaged() {
		ManagedCognito ok = managed(null, new ManagedCognito.Client("agent", List.of("api/read")));
		assertThat(code(() -> ManagedCognitoRules.check(spec(Provider.OKTA, null, null, null), ok)))
			.isEqualTo("MANAGED_REQUIRES_COGNITO");
		assertThat(code(() -> ManagedCognitoRules.check(spec(Provider.COGNITO, "https://x/.well-known/openid-configuration", null, null), ok)))
			.isEqualTo("MANAGED_FIELDS_FILLED_BY_PROVISIONER");
		assertThat(code(() -> ManagedCognitoRules.check(spec(Provider.COGNITO, null, List.of("c"), null), ok)))
			.isEqualTo("MANAGED_FIELDS_FILLED_BY_PROVISIONER");
		assertThat(code(() -> ManagedCognitoRules.check(spec(Provider.COGNITO, null, null, List.of("aud")), ok)))
			.isEqualTo("COGNITO_TOKENS_HAVE_NO_AUD");
		ManagedCognitoRules.check(spec(Provider.COGNITO, null, null, null), ok);
	}

	@Test
	void clientsHaveTheirOwnNamesAndOnlyScopesOfTheResourceServer() {
		ManagedCognito.Client agent = new ManagedCognito.Client("agent", List.of("api/read"));
		assertThat(code(() -> ManagedCognitoRules.check(spec(Provider.COGNITO, null, null, null), managed(null, agent, agent))))
			.isEqualTo("DUPLICATE_CLIENT_NAME");
		ManagedCognito unknown = managed(null, new ManagedCognito.Client("agent", List.of("read")));
		InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
				() -> ManagedCognitoRules.check(spec(Provider.COGNITO, null, null, null), unknown));
		assertThat(refused.getBody().getDetail()).contains("[api/read, api/write]");
		assertThat(refused.getBody().getProperties().get("errors").toString()).contains("managed.clients[0].scopes[0]");
	}

	@Test
	void domainPrefixesAvoidCognitosReservedWordsAndDerivedOnesAreValid() {
		ManagedCognito reserved = managed("my-cognito-pool", new ManagedCognito.Client("agent", List.of("api/read")));
		assertThat(code(() -> ManagedCognitoRules.check(spec(Provider.COGNITO, null, null, null), reserved)))
			.isEqualTo("INVALID_DOMAIN_PREFIX");
		UUID id = UUID.fromString("0190f5a2-7c4e-7d2a-9b1e-3f2a1c0d4e5f");
		String derived = ManagedCognitoRules.derivedDomainPrefix("payments-cognito-aws", id);
		assertThat(derived).isEqualTo("payments-2a1c0d4e5f");
		assertThat(derived).matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?").doesNotContain("aws", "cognito", "amazon");
		assertThat(ManagedCognitoRules.derivedDomainPrefix("cognito", id)).startsWith("idp-");
	}

	@Test
	void theResourceServerIdentifierAndDomainPrefixStay() {
		ManagedCognito current = managed("pool-1", new ManagedCognito.Client("agent", List.of("api/read")));
		ManagedCognito omitted = managed(null, new ManagedCognito.Client("other", List.of("api/write")));
		assertThat(ManagedCognitoRules.keepImmutableParts(current, omitted).domainPrefix()).isEqualTo("pool-1");
		ManagedCognito moved = managed("pool-2", new ManagedCognito.Client("agent", List.of("api/read")));
		assertThat(catchThrowableOfType(org.springframework.web.ErrorResponseException.class,
				() -> ManagedCognitoRules.keepImmutableParts(current, moved)).getBody().getProperties().get("code"))
			.isEqualTo("DOMAIN_PREFIX_IMMUTABLE");
		ManagedCognito renamed = new ManagedCognito(new ManagedCognito.ResourceServer("other-api", null, List.of("read")),
				List.of(new ManagedCognito.Client("agent", List.of("other-api/read"))), null);
		assertThat(catchThrowableOfType(org.springframework.web.ErrorResponseException.class,
				() -> ManagedCognitoRules.keepImmutableParts(current, renamed)).getBody().getProperties().get("code"))
			.isEqualTo("RESOURCE_SERVER_IDENTIFIER_IMMUTABLE");
	}

}
