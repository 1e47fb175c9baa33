package dev.agentcore.controlplane.provisioning;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.Await;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A managed identity provider is created once even when results are lost: a crash right after
 * CreateUserPool (the pool is adopted by its name) and right after CreateUserPoolClient (the client is
 * adopted by name and its secret read back from Cognito before it is stored).
 */
@ActiveProfiles("local")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.backoff-base=50ms",
		"controlplane.provisioning.polling-interval=500ms" })
class ManagedCognitoCrashIntegrationTests {

	/** Operations that fail once, after AWS did them. */
	static final Set<String> CRASH_AFTER = ConcurrentHashMap.newKeySet();

	@DynamicPropertySource
	static void isolatedDatabaseAndData(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabase.isolated("managed_cognito_crash_tests").url());
		registry.add("controlplane.local.data-dir", () -> Path.of("target", "managed-crash-" + UUID.randomUUID()).toString());
	}

	@TestConfiguration
	static class LosingResults {

		@Bean
		static BeanPostProcessor loseCognitoResults() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof CognitoUserPools pools)) {
						return bean;
					}
					return Proxy.newProxyInstance(CognitoUserPools.class.getClassLoader(), new Class<?>[] { CognitoUserPools.class },
							(proxy, method, args) -> {
								Object result;
								try {
									result = method.invoke(pools, args);
								}
								catch (InvocationTargetException ex) {
									throw ex.getCause();
								}
								if (CRASH_AFTER.remove(method.getName())) {
									throw new IllegalStateException("simulated crash after " + method.getName());
								}
								return result;
							});
				}
			};
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void poolAndClientAreCreatedOnceThoughTheirResultsWereLost() {
		Http http = new Http(port);
		String token = http.postJson("/local/tokens", null, "{\"team\": \"crash\", \"scopes\": [\"controlplane:write\"]}")
			.json().get("access_token").asString();
		CRASH_AFTER.addAll(List.of("createUserPool", "createClient"));
		Http.Response created = http.postJson("/api/v1/idp-profiles", token, """
				{"name": "crashing", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "api", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["api/read"]}]}}""");
		String id = created.json().get("id").asString();
		JsonNode ready = await(() -> {
			JsonNode profile = http.get("/api/v1/idp-profiles/" + id, token).json();
			return profile.at("/status/phase").asString().equals("READY") ? profile : null;
		});
		assertThat(CRASH_AFTER).as("both crashes happened").isEmpty();
		String poolId = ready.at("/aws/userPoolId").asString();
		try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create("http://localhost:" + port + "/local/aws/cognito"))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
			.build()) {
			assertThat(cognito.listUserPools(r -> r.maxResults(60)).userPools())
				.filteredOn(pool -> pool.name().startsWith("crashing-")).singleElement()
				.satisfies(pool -> assertThat(pool.id()).isEqualTo(poolId));
			assertThat(cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients()).singleElement()
				.satisfies(client -> assertThat(client.clientId()).isEqualTo(ready.at("/aws/clients/0/clientId").asString()));
		}
		JsonNode token2 = http.postJson("/api/v1/idp-profiles/" + id + "/token-requests", token, "{\"managedClient\": \"agent\"}").json();
		assertThat(token2.get("obtained").asBoolean()).as("the secret read back from Cognito works").isTrue();
		String events = http.get("/api/v1/idp-profiles/" + id + "/events?limit=200", token).body();
		assertThat(events).contains("adopted " + poolId);
	}

	/**
	 * A status write that fails takes the events of the calls it records with it: the history never
	 * holds a call whose status write did not happen (the domain is created, then every write of the
	 * pass is refused by a trigger; no CreateUserPoolDomain event appears until writes go through).
	 */
	@Test
	void eventsOfAPassAreCommittedOnlyWithItsStatusWrite() {
		jdbc.sql("""
				create or replace function refuse_recorded_domain() returns trigger language plpgsql as $$
				begin
				  if new.name = 'refused' and new.aws_domain is distinct from old.aws_domain then
				    raise exception 'status write refused by the test';
				  end if;
				  return new;
				end $$""").update();
		jdbc.sql("create trigger refuse_recorded_domain before update on idp_profiles for each row "
				+ "execute function refuse_recorded_domain()").update();
		Http http = new Http(port);
		String token = http.postJson("/local/tokens", null, "{\"team\": \"refused\", \"scopes\": [\"controlplane:write\"]}")
			.json().get("access_token").asString();
		String id = http.postJson("/api/v1/idp-profiles", token, """
				{"name": "refused", "provider": "COGNITO", "managed": {"resourceServer": {"identifier": "api", "scopes": ["read"]},
				 "clients": [{"name": "agent", "scopes": ["api/read"]}]}}""").json().get("id").asString();
		try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create("http://localhost:" + port + "/local/aws/cognito"))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
			.build()) {
			String poolId = await(() -> {
				String pool = text(http.get("/api/v1/idp-profiles/" + id, token).json().at("/aws/userPoolId"));
				return pool.isEmpty() || cognito.listUserPoolClients(r -> r.userPoolId(pool)).userPoolClients().isEmpty() ? null
						: pool;
			});
			assertThat(cognito.describeUserPool(r -> r.userPoolId(poolId)).userPool().domain()).as("the calls were made")
				.isNotNull();
		}
		String refused = http.get("/api/v1/idp-profiles/" + id + "/events?limit=200", token).body();
		assertThat(refused).contains("CreateUserPool").doesNotContain("CreateUserPoolDomain")
			.doesNotContain("CreateResourceServer").doesNotContain("CreateUserPoolClient");
		assertThat(text(http.get("/api/v1/idp-profiles/" + id, token).json().at("/aws/domain"))).isEmpty();
		jdbc.sql("drop trigger refuse_recorded_domain on idp_profiles").update();
		JsonNode ready = await(() -> {
			JsonNode profile = http.get("/api/v1/idp-profiles/" + id, token).json();
			return profile.at("/status/phase").asString().equals("READY") ? profile : null;
		});
		assertThat(text(ready.at("/aws/domain"))).isNotEmpty();
	}

	private static String text(JsonNode node) {
		return node.isNull() || node.isMissingNode() ? "" : node.asString();
	}

	private static <T> T await(java.util.function.Supplier<T> condition) {
		return Await.until(Duration.ofSeconds(60), "the managed profile's state", condition);
	}

}
