package dev.agentcore.controlplane;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.BuiltJar;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.JarEventStream;
import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.TestIssuer;
import dev.agentcore.controlplane.support.Await;

import static dev.agentcore.controlplane.support.ContractRequests.consoleGateway;
import static dev.agentcore.controlplane.support.ContractRequests.gatewayWithPolicies;
import static dev.agentcore.controlplane.support.ContractRequests.managedRoleGateway;
import static dev.agentcore.controlplane.support.ContractRequests.permitWeather;
import static dev.agentcore.controlplane.support.ContractRequests.policy;
import static dev.agentcore.controlplane.support.ContractRequests.policyEngine;
import static dev.agentcore.controlplane.support.ContractRequests.testIssuerProfile;
import static dev.agentcore.controlplane.support.ContractRequests.webhook;
import static dev.agentcore.controlplane.support.ContractRequests.whatIf;
import static dev.agentcore.controlplane.support.Fixtures.lambdaTarget;
import static dev.agentcore.controlplane.support.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ships is what was tested: the packaged jar (not the test class path) in production mode, against
 * PostgreSQL, the test issuer and the simulated AgentCore (the same jar with profile {@code simulator}, as
 * its own process), serves one request of every endpoint family through HTTP. A class the lean jar lacks
 * fails here. Run twice: as {@code java -jar} starts it ({@link BuiltJarContractIntegrationTests}) and as the image
 * starts it, on Spring AOT's generated context ({@link ImageContractIntegrationTests}), where a bean that context
 * lacks fails.
 */
abstract class BuiltJarContract {

	static final Duration CONVERGE = Duration.ofSeconds(90);

	static BuiltJar simulator;

	static BuiltJar controlPlane;

	static HttpServer webhookReceiver;

	Api team = Api.asTeam(controlPlane.port(), unique("jar"));

	Api admin = Api.asAdmin(controlPlane.port());

	/** Starts the simulator, a webhook receiver and the jar with {@code jvmFlags}, issuer discovery as the image has it. */
	static void startTheJar(java.util.List<String> jvmFlags) throws IOException {
		simulator = BuiltJar.start(Map.of(), "--spring.profiles.active=simulator",
				"--controlplane.simulator.data-plane.local-gateway-urls=true").awaitHealthy(Duration.ofSeconds(120));
		webhookReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		webhookReceiver.createContext("/hook", exchange -> {
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		webhookReceiver.start();
		TestDatabase.Connection database = TestDatabase.isolated("built_jar_contract");
		Map<String, String> environment = new HashMap<>(BuiltJar.discoveryIssuerEnvironment());
		environment.put("SPRING_DATASOURCE_URL", database.url());
		environment.put("SPRING_DATASOURCE_USERNAME", database.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
		environment.put("CONTROLPLANE_AWS_AGENTCOREENDPOINT", simulator.url() + "/local/aws/agentcore");
		controlPlane = BuiltJar.start(jvmFlags, environment, "--controlplane.aws.fake-credentials=true",
				"--controlplane.aws.region=us-east-1", "--controlplane.outbound.allow-private-networks=true",
				"--controlplane.probes.allow-local-gateways=true",
				"--controlplane.webhooks.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
				"--controlplane.provisioning.polling-interval=500ms", "--controlplane.provisioning.backoff-base=50ms",
				"--controlplane.provisioning.backoff-max=400ms")
			.awaitHealthy(Duration.ofSeconds(120));
	}

	@AfterAll
	static void stop() {
		if (controlPlane != null) {
			controlPlane.close();
		}
		if (simulator != null) {
			simulator.close();
		}
		if (webhookReceiver != null) {
			webhookReceiver.stop(0);
		}
	}

	@Test
	void everyEndpointFamilyAnswersFromTheJar() throws Exception {
		try (JarEventStream stream = JarEventStream.open(controlPlane.port(), TestIssuer.get().token("platform",
				"controlplane:read", "controlplane:admin"))) {
			assertThat(stream.status()).isEqualTo(200);

			String profile = created(team.post("/api/v1/idp-profiles", testIssuerProfile(unique("issuer"))));
			JsonNode discovery = ok(team.post("/api/v1/idp-profiles/" + profile + "/discovery-check", ""));
			assertThat(discovery.at("/discovery/state").asString()).as(discovery.toString()).isEqualTo("VALID");
			JsonNode tokenCheck = ok(team.post("/api/v1/idp-profiles/" + profile + "/token-checks",
					"{\"token\": \"" + TestIssuer.get().token("agents") + "\"}"));
			assertThat(tokenCheck.get("accepted").asBoolean()).as(tokenCheck.toString()).isTrue();

			String engine = created(team.post("/api/v1/policy-engines", policyEngine(unique("Jar").replace('-', '_'))));
			String gatewayName = unique("jar");
			String gateway = created(team.post("/api/v1/gateways", gatewayWithPolicies(gatewayName, profile, engine)));
			String target = created(team.post("/api/v1/gateways/" + gateway + "/targets", lambdaTarget("weather")));
			JsonNode ready = awaitPhase("/api/v1/gateways/" + gateway, "READY");
			awaitPhase("/api/v1/gateways/" + gateway + "/targets/" + target, "READY");
			String gatewayArn = ready.at("/aws/gatewayArn").asString();
			// The kinds added on the kit: a rule over the target (generic call path), a credential provider (its
			// write-only secret handed to the reconcile in memory), and the admins' accounts.
			String rule = created(team.post("/api/v1/gateways/" + gateway + "/rules",
					"{\"priority\": 10, \"route\": {\"target\": \"weather\"}}"));
			awaitPhase("/api/v1/gateways/" + gateway + "/rules/" + rule, "READY");
			String provider = created(team.post("/api/v1/credential-providers",
					"{\"name\": \"" + unique("key") + "\", \"type\": \"API_KEY\", \"apiKey\": \"jar-key-value\"}"));
			assertThat(awaitPhase("/api/v1/credential-providers/" + provider, "READY").toString())
				.doesNotContain("jar-key-value");
			assertThat(ok(admin.get("/api/v1/accounts")).has("items")).isTrue();

			JsonNode first = stream.first(Duration.ofSeconds(30));
			assertThat(first.get("type").asString()).as(first.toString()).isNotBlank();

			Http.Response invalid = team.post("/api/v1/policy-engines/" + engine + "/policies",
					policy("broken", "permit(principal, action, resource) when { undefined_thing };"));
			assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
			assertThat(invalid.json().get("code").asString()).isEqualTo("POLICY_INVALID");
			JsonNode whatIf = ok(team.post("/api/v1/gateways/" + gateway + "/authorization-checks",
					whatIf(TestIssuer.get().token("agents"), permitWeather(gatewayArn))));
			assertThat(whatIf.get("decision").asString()).as(whatIf.toString()).isEqualTo("ALLOW");

			JsonNode probe = ok(team.post("/api/v1/gateways/" + gateway + "/probes",
					"{\"token\": \"" + TestIssuer.get().token("agents") + "\"}"));
			assertThat(probe.get("tools").valueStream().map(JsonNode::asString)).as(probe.toString())
				.contains("weather___get_weather");
			JsonNode plan = ok(team.post("/api/v1/gateways/" + gateway + "/plans",
					gatewayWithPolicies(gatewayName, profile, engine)));
			assertThat(plan.get("accepted").asBoolean()).as(plan.toString()).isTrue();

			Http.Response console = new Http(simulator.port()).send("POST", "/local/aws/agentcore/gateways/", null,
					"application/json", consoleGateway(unique("console")));
			assertThat(console.status()).as(console.body()).isEqualTo(202);
			Http.Response imported = admin.post("/api/v1/gateways/imports",
					"{\"awsGatewayId\": \"" + console.json().get("gatewayId").asString() + "\"}");
			assertThat(imported.status()).as(imported.body()).isEqualTo(202);

			Http.Response hook = team.post("/api/v1/webhooks",
					webhook("http://127.0.0.1:" + webhookReceiver.getAddress().getPort() + "/hook"));
			assertThat(hook.status()).as(hook.body()).isEqualTo(201);
			assertThat(ok(team.get("/api/v1/webhooks/" + hook.json().get("id").asString() + "/deliveries")).has("items"))
				.isTrue();

			String managedName = unique("managed");
			String managed = created(team.post("/api/v1/gateways", managedRoleGateway(managedName)));
			awaitPhase("/api/v1/gateways/" + managed, "READY");
			// The gateway's first READY pins the role's trust to its ARN: the role passes through UPDATING once more.
			JsonNode role = await(() -> {
				JsonNode shown = team.get("/api/v1/gateways/" + managed).json().get("executionRole");
				return shown.at("/phase").asString().equals("READY") ? shown : null;
			}, "the managed role of " + managedName + " READY");
			assertThat(role.get("roleArn").asString()).as(role.toString()).endsWith(":role/AgentCoreGateway-" + managedName);

			assertThat(ok(admin.get("/api/v1/audit")).get("items")).isNotEmpty();
			assertThat(ok(team.get("/api/v1/catalog/entities")).toString()).contains(gatewayName);
		}
	}

	@Test
	void theOpenApiDocumentIsTheCommittedOneAndSwaggerUiLoadsIt() throws IOException {
		Http http = new Http(controlPlane.port());
		Http.Response docs = http.get("/v3/api-docs", null);
		assertThat(docs.status()).as(docs.body()).isEqualTo(200);
		JsonMapper json = JsonMapper.builder().build();
		assertThat(docs.json()).isEqualTo(json.readTree(Files.readString(Path.of("openapi", "openapi.json"))));
		Http.Response config = http.get("/v3/api-docs/swagger-config", null);
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.json().get("url").asString()).isEqualTo("/v3/api-docs");
		Http.Response page = http.get("/swagger-ui/index.html", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<title>Swagger UI</title>");
		assertThat(http.get("/swagger-ui/swagger-initializer.js", null).body()).contains("/v3/api-docs/swagger-config");
	}

	@Test
	void prometheusScrapesWithTheAdminScopeOnly() {
		Http.Response scrape = admin.get("/actuator/prometheus");
		assertThat(scrape.status()).isEqualTo(200);
		for (String kind : new String[] { "gateway", "target", "idp_profile", "policy_engine", "policy", "execution_role" }) {
			assertThat(scrape.body()).contains("controlplane_resources{account=\"own\",kind=\"" + kind
					+ "\",phase=\"READY\",region=\"own\"}");
		}
		// HTTP server requests are timed, without a long task timer per request (application.yaml, issue #27).
		assertThat(scrape.body()).contains("http_server_requests_seconds_count").doesNotContain("http_server_requests_active");
		assertThat(team.get("/actuator/prometheus").status()).isEqualTo(403);
	}

	/** The Dockerfile's HEALTHCHECK sends this raw request to the jar it runs; it must find "UP". */
	@Test
	void theImagesHealthCheckRequestFindsUp() throws IOException {
		String path = DockerfileHealthCheck.path();
		try (Socket socket = new Socket("127.0.0.1", controlPlane.port())) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 200").contains("\"UP\"");
		}
	}

	private JsonNode awaitPhase(String path, String phase) {
		return await(() -> {
			JsonNode resource = team.get(path).json();
			return resource.at("/status/phase").asString().equals(phase) ? resource : null;
		}, path + " " + phase);
	}

	private static String created(Http.Response response) {
		assertThat(response.status()).as(response.body()).isIn(201, 202);
		return response.json().get("id").asString();
	}

	private static JsonNode ok(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static <T> T await(Supplier<T> probe, String what) {
		return Await.until(CONVERGE, what, probe, () -> "the jar's output:\n" + controlPlane.output());
	}

}
