package dev.agentcore.controlplane.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.simulator.AgentCoreSimulator;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;

import static dev.agentcore.controlplane.support.Fixtures.unique;

/**
 * Many accounts and regions at once (issue 26): 3 accounts x 2 regions, each with AgentCore's mutating quota Q; one
 * account throttles half of its calls. The others must keep provisioning at their own quota (at least 0.85 Q each)
 * with no throttling error. Run with {@code ./mvnw -Pbenchmark verify -Dit.test=AccountsBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"logging.level.root=WARN", "controlplane.provisioning.enabled=true", "controlplane.provisioning.threads=24",
		"controlplane.provisioning.mutating-tps=" + AccountsBenchmark.QUOTA,
		"controlplane.provisioning.read-tps=" + AccountsBenchmark.READ_QUOTA,
		"controlplane.provisioning.backoff-base=200ms", "controlplane.provisioning.backoff-max=2s" })
class AccountsBenchmark {

	static final int QUOTA = 5;

	static final int READ_QUOTA = 50;

	static final String THROTTLED = "210987654321";

	static final List<String> ACCOUNTS = List.of(THROTTLED, "310987654321", "410987654321");

	static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

	static ConfigurableApplicationContext simulator;

	@DynamicPropertySource
	static void isolated(DynamicPropertyRegistry registry) {
		String url = TestDatabase.isolated("accounts_benchmark").url();
		registry.add("spring.datasource.url", () -> url);
		simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=5",
				"--controlplane.simulator.trusting-accounts=" + String.join(",", ACCOUNTS));
		registry.add("controlplane.aws.agentcore-endpoint", () -> "http://localhost:"
				+ simulator.getEnvironment().getProperty("local.server.port") + "/local/aws/agentcore");
	}

	@LocalServerPort
	int port;

	@Test
	void aThrottledAccountSlowsOnlyItsOwnWork() {
		Http aws = new Http(Integer.parseInt(simulator.getEnvironment().getProperty("local.server.port")));
		String team = unique("bench");
		Api admin = Api.asAdmin(port);
		Api api = Api.asTeam(port, team);
		for (String account : ACCOUNTS) {
			String id = admin.post("/api/v1/accounts", """
					{"accountId": "%s", "regions": ["us-east-1", "eu-west-1"],
					 "roleArn": "arn:aws:iam::%<s:role/AgentCoreControlPlaneAccess", "externalId": "local-external-id",
					 "teams": ["%s"]}""".formatted(account, team)).json().get("id").asString();
			while (!admin.get("/api/v1/accounts/" + id).json().at("/status/phase").asString().equals("READY")) {
				sleep(50);
			}
			for (String region : REGIONS) {
				String faults = THROTTLED.equals(account) ? "{\"mutatingTps\": %d, \"throttleRate\": 0.5}".formatted(QUOTA)
						: "{\"mutatingTps\": %d}".formatted(QUOTA);
				aws.send("PUT", "/local/aws/faults?accountId=" + account + "&region=" + region, null, "application/json",
						faults);
			}
		}
		int perPlacement = Integer.getInteger("benchmark.perPlacement", 30);
		Map<String, List<String>> gateways = new LinkedHashMap<>();
		long started = System.nanoTime();
		for (int i = 0; i < perPlacement; i++) {
			for (String account : ACCOUNTS) {
				for (String region : REGIONS) {
					String id = api.post("/api/v1/gateways", gateway(unique("Acc" + i), account, region))
						.json().get("id").asString();
					api.post("/api/v1/gateways/" + id + "/targets", target(account, region));
					gateways.computeIfAbsent(account + "/" + region, key -> new ArrayList<>()).add(id);
				}
			}
		}
		Map<String, Double> seconds = new LinkedHashMap<>();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (seconds.size() < gateways.size() && System.nanoTime() < deadline) {
			gateways.forEach((placement, ids) -> {
				if (!seconds.containsKey(placement) && ids.stream().allMatch(id -> allReady(api, id))) {
					seconds.put(placement, (System.nanoTime() - started) / 1e9);
				}
			});
			sleep(100);
		}

		System.out.println();
		System.out.printf("Accounts benchmark (simulator, transition delay 0, 2 cores): 3 accounts x 2 regions, %d gateways "
				+ "+ %<d targets each, quota Q = %d mutating calls/s per account and region; %s throttles half its calls%n",
				perPlacement, QUOTA, THROTTLED);
		System.out.println("| account/region | creates | seconds to all READY | creates/s | share of Q | throttling errors |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		gateways.keySet().forEach(placement -> {
			String[] parts = placement.split("/");
			JsonNode stats = aws.get("/local/aws/resources?accountId=" + parts[0] + "&region=" + parts[1], null).json()
				.get("stats");
			long created = stats.get("gatewaysCreated").asLong() + stats.get("targetsCreated").asLong();
			long throttled = stats.at("/errors/ThrottlingException").asLong();
			Double took = seconds.get(placement);
			if (took == null) {
				System.out.printf("| %s | %d | not all READY in 5 min | - | - | %d |%n", placement, created, throttled);
			}
			else {
				double rate = created / took;
				System.out.printf("| %s | %d | %.1f | %.2f | %.2f Q | %d |%n", placement, created, took, rate, rate / QUOTA,
						throttled);
			}
		});
		System.out.println();
	}

	private static String gateway(String name, String account, String region) {
		return """
				{"name": "%s", "roleArn": "arn:aws:iam::%s:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"},
				 "placement": {"accountId": "%s", "region": "%s"}}""".formatted(name, account, account, region);
	}

	private static String target(String account, String region) {
		return """
				{"name": "weather", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:%s:%s:function:weather",
				 "toolSchema": {"inline": [{"name": "get_weather", "description": "Weather for a city",
				   "inputSchema": {"type": "object", "properties": {"city": {"type": "string"}}}}]}}}""".formatted(region,
				account);
	}

	private static boolean allReady(Api api, String id) {
		if (!api.get("/api/v1/gateways/" + id).json().at("/status/phase").asString().equals("READY")) {
			return false;
		}
		return api.get("/api/v1/gateways/" + id + "/targets").json().get("items").valueStream()
			.allMatch(target -> target.at("/status/phase").asString().equals("READY"));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(Duration.ofMillis(millis));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
