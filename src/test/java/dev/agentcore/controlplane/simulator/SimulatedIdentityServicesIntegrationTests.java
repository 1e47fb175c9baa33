package dev.agentcore.controlplane.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidOAuthFlowException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ScopeDoesNotExistException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulated Cognito and Secrets Manager through the real SDK clients (JSON 1.1): the operations,
 * members and errors the provisioner meets, and the hosted domain's token endpoint over plain HTTP.
 */
class SimulatedIdentityServicesIntegrationTests {

	static ConfigurableApplicationContext simulator;

	static String base;

	static CognitoIdentityProviderClient cognito;

	static SecretsManagerClient secrets;

	@BeforeAll
	static void start() {
		simulator = AgentCoreSimulator.run("--server.port=0");
		base = "http://localhost:" + simulator.getEnvironment().getProperty("local.server.port");
		StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"));
		cognito = CognitoIdentityProviderClient.builder().endpointOverride(URI.create(base + "/local/aws/cognito"))
			.region(Region.US_EAST_1).credentialsProvider(credentials).build();
		secrets = SecretsManagerClient.builder().endpointOverride(URI.create(base + "/local/aws/secretsmanager"))
			.region(Region.US_EAST_1).credentialsProvider(credentials).build();
	}

	@AfterAll
	static void stop() {
		cognito.close();
		secrets.close();
		simulator.close();
	}

	@Test
	void aPoolWithDomainResourceServerAndMachineClientIssuesCognitoShapedTokens() throws Exception {
		var pool = cognito.createUserPool(r -> r.poolName("contract-pool")).userPool();
		assertThat(pool.id()).matches("us-east-1_[A-Za-z0-9]{9}");
		assertThat(pool.arn()).isEqualTo("arn:aws:cognito-idp:us-east-1:123456789012:userpool/" + pool.id());
		cognito.createUserPoolDomain(r -> r.userPoolId(pool.id()).domain("contract-" + System.nanoTime()));
		String domain = cognito.describeUserPool(r -> r.userPoolId(pool.id())).userPool().domain();
		assertThat(cognito.describeUserPoolDomain(r -> r.domain(domain)).domainDescription().statusAsString()).isEqualTo("ACTIVE");
		cognito.createResourceServer(r -> r.userPoolId(pool.id()).identifier("api").name("api")
			.scopes(s -> s.scopeName("read").scopeDescription("read")));
		var client = cognito.createUserPoolClient(r -> r.userPoolId(pool.id()).clientName("m2m").generateSecret(true)
			.allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthFlowsUserPoolClient(true)
			.allowedOAuthScopes("api/read").supportedIdentityProviders("COGNITO")).userPoolClient();
		assertThat(client.clientSecret()).hasSize(51);
		assertThat(cognito.describeUserPoolClient(r -> r.userPoolId(pool.id()).clientId(client.clientId())).userPoolClient()
			.allowedOAuthFlows()).containsExactly(OAuthFlowType.CLIENT_CREDENTIALS);

		JsonNode discovery = get(base + "/local/aws/cognito/" + pool.id() + "/.well-known/openid-configuration");
		assertThat(discovery.get("issuer").asString()).isEqualTo(base + "/local/aws/cognito/" + pool.id());
		String tokenEndpoint = discovery.get("token_endpoint").asString();
		HttpResponse<String> issued = token(tokenEndpoint, client.clientId() + ":" + client.clientSecret(), "");
		assertThat(issued.statusCode()).isEqualTo(200);
		JsonNode claims = JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(
				JsonMapper.builder().build().readTree(issued.body()).get("access_token").asString().split("\\.")[1])));
		assertThat(claims.get("client_id").asString()).isEqualTo(client.clientId());
		assertThat(claims.has("aud")).isFalse();
		assertThat(claims.get("scope").asString()).isEqualTo("api/read");
		assertThat(claims.get("iss").asString()).isEqualTo(discovery.get("issuer").asString());
		assertThat(token(tokenEndpoint, client.clientId() + ":wrong", "").body()).isEqualTo("{\"error\":\"invalid_client\"}");
		assertThat(token(tokenEndpoint, client.clientId() + ":" + client.clientSecret(), "&scope=api/write").body())
			.isEqualTo("{\"error\":\"invalid_scope\"}");

		assertThatThrownBy(() -> cognito.deleteUserPool(r -> r.userPoolId(pool.id()))).isInstanceOf(InvalidParameterException.class)
			.hasMessageContaining("domain");
	}

	@Test
	void cognitosRulesAreTheRealServicesErrors() {
		var pool = cognito.createUserPool(r -> r.poolName("rules-pool")).userPool();
		assertThatThrownBy(() -> cognito.createUserPoolClient(r -> r.userPoolId(pool.id()).clientName("no-secret")
			.allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthFlowsUserPoolClient(true).allowedOAuthScopes("x/y")))
			.isInstanceOf(InvalidOAuthFlowException.class);
		assertThatThrownBy(() -> cognito.createUserPoolClient(r -> r.userPoolId(pool.id()).clientName("unknown").generateSecret(true)
			.allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS).allowedOAuthFlowsUserPoolClient(true).allowedOAuthScopes("x/y")))
			.isInstanceOf(ScopeDoesNotExistException.class);
		assertThatThrownBy(() -> cognito.createUserPoolDomain(r -> r.userPoolId(pool.id()).domain("my-cognito")))
			.isInstanceOf(InvalidParameterException.class).hasMessageContaining("reserved word");
		assertThat(cognito.describeUserPoolDomain(r -> r.domain("nobody-has-this")).domainDescription().domain()).isNull();
		cognito.deleteUserPool(r -> r.userPoolId(pool.id()));
		assertThatThrownBy(() -> cognito.describeUserPool(r -> r.userPoolId(pool.id()))).isInstanceOf(ResourceNotFoundException.class);
	}

	@Test
	void deniedOperationsAnswerAccessDeniedNamingTheServicesAction() {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		java.util.function.Consumer<String> faults = body -> {
			try {
				http.send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/local/aws/faults"))
					.header("Content-Type", "application/json")
					.PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body))
					.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		faults.accept("{\"accessDenied\": [\"CreateUserPool\", \"CreateSecret\"]}");
		try {
			assertThatThrownBy(() -> cognito.createUserPool(r -> r.poolName("denied")))
				.isInstanceOfSatisfying(software.amazon.awssdk.awscore.exception.AwsServiceException.class, ex -> {
					assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
					assertThat(ex.getMessage()).contains("cognito-idp:CreateUserPool");
					assertThat(ex.awsErrorDetails().serviceName()).as("what AwsFailures maps to cognito-idp")
						.isEqualTo("CognitoIdentityProvider");
				});
			assertThatThrownBy(() -> secrets.createSecret(r -> r.name("denied").secretString("x")))
				.isInstanceOfSatisfying(software.amazon.awssdk.awscore.exception.AwsServiceException.class, ex -> {
					assertThat(ex.getMessage()).contains("secretsmanager:CreateSecret");
					assertThat(ex.awsErrorDetails().serviceName()).as("what AwsFailures maps to secretsmanager")
						.isEqualTo("SecretsManager");
				});
		}
		finally {
			faults.accept("{}");
		}
	}

	@Test
	void secretsAreCreatedOncePutAndDeletedAtOnceOrLater() {
		String name = "contract/" + System.nanoTime();
		var created = secrets.createSecret(r -> r.name(name).secretString("{\"clientSecret\": \"one\"}"));
		assertThat(created.arn()).matches("arn:aws:secretsmanager:us-east-1:123456789012:secret:" + name + "-[A-Za-z0-9]{6}");
		assertThatThrownBy(() -> secrets.createSecret(r -> r.name(name).secretString("x"))).isInstanceOf(ResourceExistsException.class);
		secrets.putSecretValue(r -> r.secretId(name).secretString("{\"clientSecret\": \"two\"}"));
		assertThat(secrets.getSecretValue(r -> r.secretId(created.arn())).secretString()).contains("two");
		secrets.deleteSecret(r -> r.secretId(name).recoveryWindowInDays(7L));
		assertThat(secrets.describeSecret(r -> r.secretId(name)).deletedDate()).isNotNull();
		assertThatThrownBy(() -> secrets.getSecretValue(r -> r.secretId(name))).isInstanceOf(InvalidRequestException.class);
		secrets.deleteSecret(r -> r.secretId(name).forceDeleteWithoutRecovery(true));
		assertThatThrownBy(() -> secrets.describeSecret(r -> r.secretId(name)))
			.isInstanceOf(software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException.class);
	}

	private static JsonNode get(String url) throws Exception {
		return JsonMapper.builder().build().readTree(HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private static HttpResponse<String> token(String endpoint, String credentials, String extra) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials" + extra))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
