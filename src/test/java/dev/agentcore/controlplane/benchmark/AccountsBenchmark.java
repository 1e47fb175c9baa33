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
		for (String account : ACCOUNTS) {
			String id = accepted(admin.post("/api/v1/accounts", """
					{"accountId": "%s", "regions": ["us-east-1", "eu-west-1"],
					 "roleArn": "arn:aws:iam::%<s:role/AgentCoreControlPlaneAccess", "externalId": "local-external-id",
					 "teams": ["%s"]}""".formatted(account, team)), "POST account " + account).get("id").asString();
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
					String id = accepted(api.post("/api/v1/gateways", gateway(unique("Acc" + i), account, region)),
							"POST gateway").get("id").asString();
					accepted(api.post("/api/v1/gateways/" + id + "/targets", target(account, region)), "POST target");
					gateways.computeIfAbsent(account + "/" + region, key -> new ArrayList<>()).add(id);
				}
			}
		}
		// From the last POST on, every placement still has a backlog (or has finished): its rate of mutating calls from
		// then until its last create is the rate it was held at, whatever the POSTs cost.
		double postsDone = seconds(started);
		Map<String, Sample> atPostsDone = new LinkedHashMap<>();
		gateways.keySet().forEach(placement -> atPostsDone.put(placement, sample(aws, placement, postsDone)));
		Map<String, Sample> done = new LinkedHashMap<>();
		atPostsDone.forEach((placement, sample) -> {
			if (sample.created() >= 2L * perPlacement) {
				done.put(placement, sample);
			}
		});
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		while (done.size() < gateways.size() && System.nanoTime() < deadline) {
			for (String placement : gateways.keySet()) {
				Sample now = done.containsKey(placement) ? null : sample(aws, placement, seconds(started));
				if (now != null && now.created() >= 2L * perPlacement) {
					done.put(placement, now);
				}
			}
			sleep(50);
		}
		Map<String, Double> ready = new LinkedHashMap<>();
		while (ready.size() < gateways.size() && System.nanoTime() < deadline) {
			gateways.forEach((placement, ids) -> {
				if (!ready.containsKey(placement) && ids.stream().allMatch(id -> allReady(api, id))) {
					ready.put(placement, seconds(started));
				}
			});
			sleep(100);
		}

		System.out.println();
		System.out.printf("Accounts benchmark (simulator, transition delay 0): 3 accounts x 2 regions, %d gateways + %<d "
				+ "Lambda targets each, quota Q = %d mutating calls/s per account and region, %d reconcile threads; "
				+ "%s throttles half its calls. POSTs done after %.1f s; rate = mutating calls/s from then to the "
				+ "placement's last create.%n", perPlacement, QUOTA, THREADS, THROTTLED, postsDone);
		System.out.println("| account/region | faults | resources created | mutating calls | last create (s) | all READY (s) "
				+ "| rate (calls/s) | share of Q | throttling errors |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		gateways.keySet().forEach(placement -> {
			Sample end = sample(aws, placement, seconds(started));
			Sample from = atPostsDone.get(placement);
			Sample last = done.get(placement);
			String rate = "-";
			String share = last == null ? "not all created in 5 min" : "-";
			if (last != null && last.at() > from.at()) {
				double perSecond = (last.mutatingCalls() - from.mutatingCalls()) / (last.at() - from.at());
				rate = "%.2f".formatted(perSecond);
				share = "%.2f Q".formatted(perSecond / QUOTA);
			}
			else if (last != null) {
				share = "done before the POSTs were";
			}
			System.out.printf("| %s | %s | %d | %d | %s | %s | %s | %s | %d |%n", placement,
					placement.startsWith(THROTTLED) ? "throttles 1/2" : "none", end.created(), end.mutatingCalls(),
					last == null ? "-" : "%.1f".formatted(last.at()),
					ready.containsKey(placement) ? "%.1f".formatted(ready.get(placement)) : "not in 5 min", rate, share,
					end.throttled());
		});
		System.out.println();
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
