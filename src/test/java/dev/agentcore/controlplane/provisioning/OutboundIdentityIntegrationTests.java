package dev.agentcore.controlplane.provisioning;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;

import static dev.agentcore.controlplane.provisioning.SimulatedAccount.await;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outbound identity as desired state against the simulated account through the real SDK client: the OAuth return
 * URLs a gateway's workload identity allows, checked for authorization-code targets before AWS sees them, and
 * targets reaching a backend through a private endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400", "controlplane.provisioning.backoff-base=50ms",
		"controlplane.provisioning.backoff-max=400ms", "controlplane.provisioning.polling-interval=500ms",
		"controlplane.provisioning.consent-poll-max=800ms" })
class OutboundIdentityIntegrationTests {

	static final String OAUTH = "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/google";

	static SimulatedAccount aws;

	@DynamicPropertySource
	static void isolatedDatabaseAndAccount(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", TestDatabase.isolated("outbound_identity_tests")::url);
		if (aws == null) {
			aws = SimulatedAccount.start(25);
		}
		aws.register(registry);
	}

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void team() {
		api = Api.asTeam(port, unique("team"));
	}

	@Test
	void anAuthorizationCodeTargetIsRefusedBeforeAwsUntilTheGatewayAllowsItsReturnUrlThenWaitsForConsent() {
		String name = unique("ThreeLo");
		String body = """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"},
				 "oauthReturnUrls": ["https://app.example.com/done"]}""".formatted(name);
		String gateway = "/api/v1/gateways/" + created(api.post("/api/v1/gateways", body));
		JsonNode ready = awaitPhase(gateway, "READY");
		String identity = ready.at("/aws/workloadIdentityArn").asString();
		assertThat(ready.get("oauthReturnUrls").get(0).asString()).isEqualTo("https://app.example.com/done");
		assertThat(await(() -> returnUrls(identity).isEmpty() ? null : returnUrls(identity)))
			.containsExactly("https://app.example.com/done");

		long createsBefore = aws.stats().at("/calls/CreateGatewayTarget").asLong(0);
		String target = """
				{"name": "drive", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://drive.example.com/mcp"},
				 "credentials": {"type": "OAUTH", "providerArn": "%s", "scopes": ["drive.readonly"],
				   "grantType": "AUTHORIZATION_CODE", "defaultReturnUrl": "https://agent.example.com/back"}}""".formatted(OAUTH);
		Http.Response refused = api.post(gateway + "/targets", target);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("code").asString()).isEqualTo("RETURN_URL_NOT_ALLOWED");
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("credentials.defaultReturnUrl");
		assertThat(refused.json().get("detail").asString()).contains("oauthReturnUrls");
		assertThat(aws.stats().at("/calls/CreateGatewayTarget").asLong(0)).as("refused before AWS").isEqualTo(createsBefore);

		Http.Response widened = api.put(gateway, "\"" + ready.get("version").asInt() + "\"", body
			.replace("[\"https://app.example.com/done\"]", "[\"https://app.example.com/done\", \"https://agent.example.com/back\"]"));
		assertThat(widened.status()).as(widened.body()).isEqualTo(202);
		assertThat(await(() -> returnUrls(identity).size() == 2 ? returnUrls(identity) : null))
			.containsExactlyInAnyOrder("https://app.example.com/done", "https://agent.example.com/back");
		String path = gateway + "/targets/" + created(api.post(gateway + "/targets", target));
		JsonNode waiting = awaitPhase(path, "AWAITING_CONSENT");
		assertThat(waiting.at("/aws/status").asString()).isEqualTo("CREATE_PENDING_AUTH");
		assertThat(waiting.at("/status/authorizationUrl").asString()).contains("/local/aws/consent/");
	}

	@Test
	void returnUrlsThatAreNotHttpsAreRefusedNamingTheEntry() {
		Http.Response refused = api.post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"},
				 "oauthReturnUrls": ["http://localhost:8080/done", "http://app.example.com/done"]}""".formatted(unique("Plain")));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("oauthReturnUrls[1]");
		assertThat(refused.json().at("/errors/0/message").asString()).contains("https");
	}

	@Test
	void aTargetWithAManagedVpcPrivateEndpointReachesReadyShowsItsResourcesAndKeepsThemThroughAnUpdate() {
		String gateway = "/api/v1/gateways/" + created(api.post("/api/v1/gateways", dev.agentcore.controlplane.support.Fixtures
			.openGateway(unique("Private"))));
		awaitPhase(gateway, "READY");
		String body = """
				{"name": "inventory", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://inventory.corp.example.com/mcp"},
				 "privateEndpoint": {"managedVpc": {"vpcId": "vpc-0a1b2c3d4e5f60718", "subnetIds": ["subnet-0a1b2c3d4e5f60718"],
				   "securityGroupIds": ["sg-0a1b2c3d4e5f60718"], "ipAddressType": "IPV4"}}}""";
		String path = gateway + "/targets/" + created(api.post(gateway + "/targets", body));
		JsonNode ready = awaitPhase(path, "READY");
		JsonNode held = heldTarget(ready.at("/aws/targetId").asString());
		assertThat(held.at("/privateEndpoint/managedVpcResource/vpcIdentifier").asString()).isEqualTo("vpc-0a1b2c3d4e5f60718");
		assertThat(held.at("/privateEndpoint/managedVpcResource/endpointIpAddressType").asString()).isEqualTo("IPV4");
		assertThat(held.at("/privateEndpoint/managedVpcResource/securityGroupIds/0").asString()).isEqualTo("sg-0a1b2c3d4e5f60718");
		assertThat(ready.at("/privateEndpoint/managedVpc/subnetIds/0").asString()).isEqualTo("subnet-0a1b2c3d4e5f60718");
		JsonNode resources = await(() -> {
			JsonNode shown = api.get(path).json().at("/aws/privateEndpointManagedResources");
			return shown.isArray() && !shown.isEmpty() ? shown : null;
		});
		assertThat(resources.at("/0/domain").asString()).isEqualTo("inventory.corp.example.com");
		assertThat(resources.at("/0/resourceGatewayArn").asString()).matches("arn:aws:vpc-lattice:us-east-1:\\d{12}:resourcegateway/rgw-[0-9a-f]{17}");

		Http.Response updated = api.put(path, "\"" + api.get(path).json().get("version").asInt() + "\"",
				body.replace("\"type\": \"MCP_SERVER\",", "\"type\": \"MCP_SERVER\", \"description\": \"v2\","));
		assertThat(updated.status()).as(updated.body()).isEqualTo(202);
		JsonNode after = await(() -> {
			JsonNode target = api.get(path).json();
			return target.at("/status/phase").asString().equals("READY") && target.at("/status/observedGeneration").asLong() == 2
					? target : null;
		});
		JsonNode heldAfter = heldTarget(after.at("/aws/targetId").asString());
		assertThat(heldAfter.get("description").asString()).isEqualTo("v2");
		assertThat(heldAfter.get("privateEndpoint")).isEqualTo(held.get("privateEndpoint"));
		assertThat(after.at("/aws/privateEndpointManagedResources")).isEqualTo(resources);
	}

	@Test
	void aTargetUsingACredentialProviderByIdSendsItsPrivateEndpointToo() {
		String provider = "/api/v1/credential-providers/" + created(api.post("/api/v1/credential-providers",
				"{\"name\": \"%s\", \"type\": \"API_KEY\", \"apiKey\": \"ak-private\"}".formatted(unique("key"))));
		awaitPhase(provider, "READY");
		String gateway = "/api/v1/gateways/" + created(api.post("/api/v1/gateways", dev.agentcore.controlplane.support.Fixtures
			.openGateway(unique("PrivateKeyed"))));
		String path = gateway + "/targets/" + created(api.post(gateway + "/targets", """
				{"name": "inventory", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://inventory.corp.example.com/mcp"},
				 "credentials": {"type": "API_KEY", "providerId": "%s", "parameterName": "x-api-key", "location": "HEADER"},
				 "privateEndpoint": {"managedVpc": {"vpcId": "vpc-0a1b2c3d4e5f60718", "subnetIds": ["subnet-0a1b2c3d4e5f60718"],
				   "ipAddressType": "IPV4"}}}""".formatted(provider.substring(provider.lastIndexOf('/') + 1))));
		JsonNode ready = awaitPhase(path, "READY");
		JsonNode held = heldTarget(ready.at("/aws/targetId").asString());
		assertThat(held.at("/privateEndpoint/managedVpcResource/vpcIdentifier").asString()).as(held.toString())
			.isEqualTo("vpc-0a1b2c3d4e5f60718");
	}

	@Test
	void aPrivateEndpointIsCheckedAgainstTheModelBeforeAws() {
		String gateway = "/api/v1/gateways/" + created(api.post("/api/v1/gateways", dev.agentcore.controlplane.support.Fixtures
			.openGateway(unique("Checked"))));
		Http.Response refused = api.post(gateway + "/targets", """
				{"name": "inventory", "type": "MCP_SERVER", "mcpServer": {"endpoint": "https://inventory.corp.example.com/mcp"},
				 "privateEndpoint": {"managedVpc": {"vpcId": "vpc-XYZ", "subnetIds": ["subnet-0a1b2c3d4e5f60718"], "ipAddressType": "IPV4"},
				   "latticeResourceConfiguration": "rcfg-0123456789abcdef0"}}""");
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
			.contains("privateEndpoint", "privateEndpoint.managedVpc.vpcId");
	}

	JsonNode heldTarget(String targetId) {
		return aws.resources().get("targets").valueStream()
			.filter(target -> target.get("targetId").asString().equals(targetId))
			.findFirst()
			.orElseThrow();
	}

	List<String> returnUrls(String workloadIdentityArn) {
		String name = workloadIdentityArn.substring(workloadIdentityArn.lastIndexOf('/') + 1);
		return aws.outOfBand.getWorkloadIdentity(r -> r.name(name)).allowedResourceOauth2ReturnUrls();
	}

	JsonNode awaitPhase(String path, String phase) {
		return await(() -> {
			JsonNode resource = api.get(path).json();
			return resource.at("/status/phase").asString().equals(phase) ? resource : null;
		});
	}

	static String created(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		return response.json().get("id").asString();
	}

}
