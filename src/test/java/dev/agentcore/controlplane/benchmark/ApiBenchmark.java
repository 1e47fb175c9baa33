package dev.agentcore.controlplane.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.TestIssuer;
import dev.agentcore.controlplane.web.Ids;

/**
 * The desired-state API under load: 10,000 gateways and 50,000 targets across 20 teams on
 * PostgreSQL, 8 concurrent clients with real JWTs, over HTTP on loopback. Prints a table.
 * Run with {@code ./mvnw -Pbenchmark verify}; not part of the test suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "logging.level.root=WARN", "spring.datasource.hikari.maximum-pool-size=16" })
class ApiBenchmark {

	static final int TEAMS = 20;

	static final int GATEWAYS = 10_000;

	static final int TARGETS_PER_GATEWAY = 5;

	static final int CLIENTS = 8;

	static final Duration WARMUP = Duration.ofSeconds(8);

	static final Duration MEASURE = Duration.ofSeconds(10);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		String url = TestDatabase.isolated("api_benchmark").url();
		registry.add("spring.datasource.url", () -> url);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void apiThroughputAndLatency() throws Exception {
		long seeding = System.nanoTime();
		List<UUID> gateways = seed();
		System.out.printf("%nSeeded %d gateways and %d targets across %d teams in %.1f s%n", GATEWAYS,
				GATEWAYS * TARGETS_PER_GATEWAY, TEAMS, (System.nanoTime() - seeding) / 1e9);
		String[] tokens = new String[TEAMS];
		for (int t = 0; t < TEAMS; t++) {
			tokens[t] = TestIssuer.get().token("team-" + t, "controlplane:write");
		}
		RawHttpClient[] clients = new RawHttpClient[CLIENTS];
		for (int c = 0; c < CLIENTS; c++) {
			clients[c] = new RawHttpClient("localhost", port);
		}
		String base = "/api/v1/gateways";
		String deepCursor = deepCursor(clients[0], base, tokens[0]);

		List<LoadRun.Result> results = new ArrayList<>();
		results.add(LoadRun.run("actuator health (baseline)", CLIENTS, WARMUP, MEASURE,
				(worker, n) -> clients[worker].get("/actuator/health/liveness", tokens[0])));
		results.add(LoadRun.run("GET one gateway", CLIENTS, WARMUP, MEASURE, (worker, n) -> {
			int index = (int) (n % GATEWAYS);
			return clients[worker].get(base + "/" + gateways.get(index), tokens[index % TEAMS]);
		}));
		results.add(LoadRun.run("list first page (50)", CLIENTS, WARMUP, MEASURE,
				(worker, n) -> clients[worker].get(base + "?limit=50", tokens[(int) (n % TEAMS)])));
		results.add(LoadRun.run("list deep page (50, row ~450)", CLIENTS, WARMUP, MEASURE,
				(worker, n) -> clients[worker].get(base + "?limit=50&cursor=" + deepCursor, tokens[0])));
		results.add(LoadRun.run("list targets of a gateway", CLIENTS, WARMUP, MEASURE, (worker, n) -> {
			int index = (int) (n % GATEWAYS);
			return clients[worker].get(base + "/" + gateways.get(index) + "/targets", tokens[index % TEAMS]);
		}));
		results.add(LoadRun.run("POST a gateway", CLIENTS, WARMUP, MEASURE, (worker, n) -> clients[worker].post(base,
				tokens[(int) (n % TEAMS)], "{\"name\": \"load-" + worker + "-" + n + "-" + System.nanoTime()
						+ "\", \"roleArn\": \"arn:aws:iam::123456789012:role/AgentCoreGatewayRole\", \"authorizer\": {\"type\": \"NONE\"}}")));
		for (RawHttpClient client : clients) {
			client.close();
		}
		if (Wrk.available()) {
			String host = "http://localhost:" + port;
			results.add(Wrk.run("wrk: actuator health", host + "/actuator/health/liveness", tokens[0], CLIENTS, MEASURE));
			List<String> teamZero = new ArrayList<>();
			for (int i = 0; i < GATEWAYS; i += TEAMS) {
				teamZero.add(base + "/" + gateways.get(i));
			}
			results.add(Wrk.run("wrk: GET one gateway (500 ids)", host + base, tokens[0], CLIENTS, MEASURE, teamZero));
			results.add(Wrk.run("wrk: list first page (50)", host + base + "?limit=50", tokens[0], CLIENTS, MEASURE));
			results.add(Wrk.run("wrk: list deep page (50)", host + base + "?limit=50&cursor=" + deepCursor, tokens[0], CLIENTS, MEASURE));
			results.add(Wrk.run("wrk: list targets", host + base + "/" + gateways.get(0) + "/targets", tokens[0], CLIENTS, MEASURE));
		}

		System.out.println();
		System.out.println("API benchmark: " + CLIENTS + " concurrent clients, " + MEASURE.toSeconds() + " s per scenario, "
				+ Runtime.getRuntime().availableProcessors() + " cores, load generator on the same machine");
		System.out.println(LoadRun.HEADER);
		results.forEach(result -> System.out.println(result.row()));
		System.out.println();
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("Memory after the benchmark (this JVM: the server and the in-JVM client): resident %s, heap used "
				+ "after GC %d MB of %d MB committed%n%n", residentMemory(), (runtime.totalMemory() - runtime.freeMemory()) >> 20,
				runtime.totalMemory() >> 20);
	}

	/** VmRSS of this process (Linux); "unknown" elsewhere. */
	private static String residentMemory() {
		try {
			return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> (Long.parseLong(line.replaceAll("\\D", "")) >> 10) + " MB")
				.findFirst()
				.orElse("unknown");
		}
		catch (java.io.IOException | RuntimeException notLinux) {
			return "unknown";
		}
	}

	private List<UUID> seed() {
		List<UUID> ids = new ArrayList<>();
		List<Object[]> gatewayRows = new ArrayList<>();
		List<Object[]> targetRows = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		String spec = "{\"description\": \"seeded\", \"roleArn\": \"arn:aws:iam::123456789012:role/AgentCoreGatewayRole\", \"authorizer\": {\"type\": \"NONE\"}, \"tags\": {}}";
		String targetSpec = "{\"mcpServer\": {\"endpoint\": \"https://mcp.example.com/mcp\"}, \"credentials\": {\"type\": \"NONE\"}}";
		for (int i = 0; i < GATEWAYS; i++) {
			UUID id = Ids.newId();
			ids.add(id);
			gatewayRows.add(new Object[] { id, "team-" + (i % TEAMS), "seed-" + i, spec, now, now });
			for (int t = 0; t < TARGETS_PER_GATEWAY; t++) {
				targetRows.add(new Object[] { Ids.newId(), id, "team-" + (i % TEAMS), "t" + t, targetSpec, now, now });
			}
		}
		jdbc.batchUpdate("""
				insert into gateways (id, team, name, spec, generation, version, created_at, updated_at, created_by)
				values (?, ?, ?, cast(? as jsonb), 1, 0, ?, ?, 'benchmark')""", gatewayRows);
		jdbc.batchUpdate("""
				insert into gateway_targets (id, gateway_id, team, name, type, spec, generation, version, created_at, updated_at, created_by)
				values (?, ?, ?, ?, 'MCP_SERVER', cast(? as jsonb), 1, 0, ?, ?, 'benchmark')""", targetRows);
		jdbc.execute("analyze");
		return ids;
	}

	/** The cursor of the 10th page of team-0 (its rows 450 to 500). */
	private static String deepCursor(RawHttpClient client, String base, String token) {
		String cursor = null;
		for (int page = 0; page < 9; page++) {
			String body = client.body(base + "?limit=50" + (cursor == null ? "" : "&cursor=" + cursor), token);
			cursor = body.replaceAll("(?s).*\"nextCursor\":\"([^\"]+)\".*", "$1");
		}
		return cursor;
	}

}
