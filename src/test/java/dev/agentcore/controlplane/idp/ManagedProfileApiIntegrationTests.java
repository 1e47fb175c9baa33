package dev.agentcore.controlplane.idp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;

import static dev.agentcore.controlplane.support.Fixtures.cognitoProfile;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The managed block over HTTP, without a provisioner: its rules and codes, what cannot change, and
 * the status every profile now shows (READY at once for one the team runs; PENDING until the
 * provisioner acts for a managed one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagedProfileApiIntegrationTests {

	static final String PROFILES = "/api/v1/idp-profiles";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = Api.asTeam(port, unique("team"));
	}

	@Test
	void aManagedProfileIsAcceptedPendingWithADerivedDomainPrefixAndNothingFilledIn() {
		Http.Response created = api.post(PROFILES, managed("pool", "\"provider\": \"COGNITO\""));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode profile = created.json();
		assertThat(profile.at("/status/phase").asString()).isEqualTo("PENDING");
		assertThat(profile.get("discoveryUrl").isNull()).isTrue();
		assertThat(profile.get("allowedClients").isEmpty()).isTrue();
		assertThat(profile.at("/managed/domainPrefix").asString()).matches("pool-[0-9a-f]{10}");
		assertThat(profile.at("/aws/clients").isEmpty()).isTrue();
		assertThat(profile.at("/discovery/state").asString()).isEqualTo("PENDING");
		String id = profile.get("id").asString();
		assertThat(api.post(PROFILES + "/" + id + "/token-requests", "{\"managedClient\": \"agent\"}").json().get("code").asString())
			.isEqualTo("IDP_PROFILE_NOT_READY");
		JsonNode permissions = api.get(PROFILES + "/" + id + "/permissions").json();
		assertThat(permissions.at("/controlPlanePolicy/Statement/2/Resource").asString())
			.endsWith(":secret:agentcore-control-plane/idp-profiles/" + id + "/*");
		JsonNode events = api.get(PROFILES + "/" + id + "/events").json();
		assertThat(events.at("/items/0/type").asString()).isEqualTo("SPEC_ACCEPTED");
	}

	@Test
	void rulesOfTheManagedBlockHaveTheirCodes() {
		assertCode(api.post(PROFILES, managed("okta", "\"provider\": \"OKTA\"")), "MANAGED_REQUIRES_COGNITO", "provider");
		assertCode(api.post(PROFILES, managed("url", "\"provider\": \"COGNITO\", \"discoveryUrl\": "
				+ "\"https://cognito-idp.us-west-2.amazonaws.com/us-west-2_abc/.well-known/openid-configuration\"")),
				"MANAGED_FIELDS_FILLED_BY_PROVISIONER", "discoveryUrl");
		assertCode(api.post(PROFILES, """
				{"name": "scope", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "api", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["api/write"]}]}}"""), "UNKNOWN_CLIENT_SCOPE", "managed.clients[0].scopes[0]");
		Http.Response noUrl = api.post(PROFILES, "{\"name\": \"no-url\", \"provider\": \"OIDC\", \"allowedAudience\": [\"a\"]}");
		assertCode(noUrl, "VALIDATION_FAILED", "discoveryUrl");
		Http.Response shapes = api.post(PROFILES, """
				{"name": "shapes", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "api", "scopes": ["a/b"]},
				 "clients": [], "domainPrefix": "Upper_Case"}}""");
		assertThat(shapes.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.contains("managed.clients", "managed.domainPrefix", "managed.resourceServer.scopes[0]");
	}

	@Test
	void aProfileCannotSwitchBetweenManagedAndNotAndTheIdentifierStays() {
		Http.Response managed = api.post(PROFILES, managed("switch", "\"provider\": \"COGNITO\""));
		String id = managed.json().get("id").asString();
		Http.Response unmanaged = api.put(PROFILES + "/" + id, managed.header("ETag").orElseThrow(), cognitoProfile("switch"));
		assertThat(unmanaged.json().get("code").asString()).isEqualTo("MANAGED_IMMUTABLE");
		Http.Response identifier = api.put(PROFILES + "/" + id, managed.header("ETag").orElseThrow(), """
				{"name": "switch", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "other", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["other/read"]}]}}""");
		assertThat(identifier.json().get("code").asString()).isEqualTo("RESOURCE_SERVER_IDENTIFIER_IMMUTABLE");
		Http.Response added = api.put(PROFILES + "/" + id, managed.header("ETag").orElseThrow(), """
				{"name": "switch", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "api", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["api/read"]}, {"name": "second", "scopes": ["api/read"]}]}}""");
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		assertThat(added.json().get("generation").asLong()).isEqualTo(2);
		assertThat(added.json().at("/managed/domainPrefix").asString()).isEqualTo(managed.json().at("/managed/domainPrefix").asString());
		Http.Response deleting = api.delete(PROFILES + "/" + id, added.header("ETag").orElseThrow());
		assertThat(deleting.status()).isEqualTo(202);
		assertThat(deleting.json().at("/status/phase").asString()).isEqualTo("DELETING");
		Http.Response changed = api.put(PROFILES + "/" + id, deleting.header("ETag").orElseThrow(), managed("switch",
				"\"provider\": \"COGNITO\""));
		assertThat(changed.json().get("code").asString()).isEqualTo("IDP_PROFILE_DELETING");
	}

	@Test
	void aProfileTheTeamRunsIsReadyAtOnceAndGoesAtOnce() {
		Http.Response created = api.post(PROFILES, cognitoProfile(unique("own")));
		assertThat(created.json().at("/status/phase").asString()).isEqualTo("READY");
		assertThat(created.json().at("/status/observedGeneration").asLong()).isEqualTo(1);
		assertThat(created.json().get("aws").isNull()).isTrue();
		String id = created.json().get("id").asString();
		assertThat(api.get(PROFILES + "/" + id + "/permissions").json().get("code").asString()).isEqualTo("NOT_MANAGED");
		assertThat(api.delete(PROFILES + "/" + id, created.header("ETag").orElseThrow()).status()).isEqualTo(204);
		assertThat(api.get(PROFILES + "/" + id).status()).isEqualTo(404);
	}

	private static void assertCode(Http.Response response, String code, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("code").asString()).isEqualTo(code);
		assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
	}

	private static String managed(String name, String provider) {
		return """
				{"name": "%s", %s, "managed": {"resourceServer": {"identifier": "api", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["api/read"]}]}}""".formatted(name, provider);
	}

}
