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
		"logging.level.root=WARN", "controlplane.provisioning.enabled=true", "controlplane.provisioning.threads=" + AccountsBenchmark.THREADS,
		"controlplane.provisioning.mutating-tps=" + AccountsBenchmark.QUOTA,
		"controlplane.provisioning.read-tps=" + AccountsBenchmark.READ_QUOTA,
		"controlplane.provisioning.backoff-base=200ms", "controlplane.provisioning.backoff-max=2s" })
class AccountsBenchmark {

	static final int QUOTA = 5;

	static final int THREADS = 24;

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
		// The accounts are declared with a wrong external id first: the gateways placed in them wait (the account is
		// not READY) until every one is declared, so each placement starts with its whole backlog, whatever POSTs cost.
		Map<String, String> accounts = new LinkedHashMap<>();
		for (String account : ACCOUNTS) {
			accounts.put(account, accepted(admin.post("/api/v1/accounts", account(account, "not-yet", team)),
					"POST account " + account).get("id").asString());
			for (String region : REGIONS) {
				String faults = THROTTLED.equals(account) ? "{\"mutatingTps\": %d, \"throttleRate\": 0.5}".formatted(QUOTA)
						: "{\"mutatingTps\": %d}".formatted(QUOTA);
				aws.send("PUT", "/local/aws/faults?accountId=" + account + "&region=" + region, null, "application/json",
						faults);
			}
		}
		int perPlacement = Integer.getInteger("benchmark.perPlacement", 30);
		Map<String, List<String>> gateways = new LinkedHashMap<>();
		for (int i = 0; i < perPlacement; i++) {
			for (String account : ACCOUNTS) {
				for (String region : REGIONS) {
					String id = accepted(api.post("/api/v1/gateways", gateway(unique("Acc" + i), account, region)),
							"POST gateway").get("id").asString();
					accepted(api.post("/api/v1/gateways/" + id + "/targets", target(account, region)), "POST target");
					gateways.computeIfAbsent(account + "/" + region, key -> new ArrayList<>()).add(id);
				}
			}
		}
		Map<String, Sample> before = new LinkedHashMap<>();
		gateways.keySet().forEach(placement -> before.put(placement, sample(aws, placement, 0)));
		long started = System.nanoTime();
		accounts.forEach((account, id) -> accepted(admin.put("/api/v1/accounts/" + id,
				admin.get("/api/v1/accounts/" + id).header("ETag").orElseThrow(), account(account, "local-external-id",
						team)), "PUT account " + account));

		// Each placement's rate is taken from its first mutating call to its last create, at its full backlog.
		Map<String, Sample> first = new LinkedHashMap<>();
		Map<String, Sample> done = new LinkedHashMap<>();
		Map<String, Double> ready = new LinkedHashMap<>();
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (ready.size() < gateways.size() && System.nanoTime() < deadline) {
			for (String placement : gateways.keySet()) {
				if (done.containsKey(placement)) {
					if (!ready.containsKey(placement) && gateways.get(placement).stream().allMatch(id -> allReady(api, id))) {
						ready.put(placement, seconds(started));
					}
					continue;
				}
				Sample now = sample(aws, placement, seconds(started));
				if (!first.containsKey(placement) && now.mutatingCalls() > before.get(placement).mutatingCalls()) {
					first.put(placement, now);
				}
				if (now.created() - before.get(placement).created() >= 2L * perPlacement) {
					done.put(placement, now);
				}
			}
			sleep(50);
		}

		System.out.println();
		System.out.printf("Accounts benchmark (simulator, transition delay 0): 3 accounts x 2 regions, %d gateways + %<d "
				+ "Lambda targets each, all declared before their accounts are READY; quota Q = %d mutating calls/s per "
				+ "account and region, %d reconcile threads; %s throttles half its calls. Rate: mutating calls/s from the "
				+ "placement's first mutating call to its last create.%n", perPlacement, QUOTA, THREADS, THROTTLED);
		System.out.println("| account/region | faults | created | mutating calls | first call (s) | last create (s) "
				+ "| all READY (s) | rate (calls/s) | share of Q | throttling errors |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		gateways.keySet().forEach(placement -> {
			Sample from = before.get(placement);
			Sample end = sample(aws, placement, seconds(started));
			Sample start = first.get(placement);
			Sample last = done.get(placement);
			boolean measured = start != null && last != null && last.at() > start.at();
			double rate = measured ? (last.mutatingCalls() - start.mutatingCalls()) / (last.at() - start.at()) : 0;
			System.out.printf("| %s | %s | %d | %d | %s | %s | %s | %s | %s | %d |%n", placement,
					placement.startsWith(THROTTLED) ? "throttles 1/2" : "none", end.created() - from.created(),
					end.mutatingCalls() - from.mutatingCalls(), start == null ? "-" : "%.1f".formatted(start.at()),
					last == null ? "not in 5 min" : "%.1f".formatted(last.at()),
					ready.containsKey(placement) ? "%.1f".formatted(ready.get(placement)) : "not in 5 min",
					measured ? "%.2f".formatted(rate) : "-", measured ? "%.2f Q".formatted(rate / QUOTA) : "-",
					end.throttled() - from.throttled());
		});
		System.out.println();
	}

	private static String account(String account, String externalId, String team) {
		return """
				{"accountId": "%s", "regions": ["us-east-1", "eu-west-1"],
				 "roleArn": "arn:aws:iam::%<s:role/AgentCoreControlPlaneAccess", "externalId": "%s",
				 "teams": ["%s"]}""".formatted(account, externalId, team);
	}

	/**
	 * What the simulated AgentCore of one account and region counted at {@code at} seconds.
	 *
	 * @param created gateways and targets created
	 * @param mutatingCalls calls of the kind its quota limits (create, update, delete, synchronize, put, tag)
	 * @param throttled ThrottlingException answers
	 */
	private record Sample(double at, long created, long mutatingCalls, long throttled) {
	}

	private static Sample sample(Http aws, String placement, double at) {
		String[] parts = placement.split("/");
		JsonNode stats = aws.get("/local/aws/resources?accountId=" + parts[0] + "&region=" + parts[1], null).json()
			.get("stats");
		long mutating = 0;
		for (var call : stats.get("calls").properties()) {
			if (call.getKey().matches("(Create|Update|Delete|Synchronize|Put|Tag|Untag).*")) {
				mutating += call.getValue().asLong();
			}
		}
		return new Sample(at, stats.get("gatewaysCreated").asLong() + stats.get("targetsCreated").asLong(), mutating,
				stats.at("/errors/ThrottlingException").asLong());
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** The answer's JSON, or a failure saying what the service answered instead. */
	private static JsonNode accepted(Http.Response response, String what) {
		if (response.status() / 100 != 2) {
			throw new IllegalStateException(what + " answered " + response.status() + ": " + response.body());
		}
		return response.json();
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
