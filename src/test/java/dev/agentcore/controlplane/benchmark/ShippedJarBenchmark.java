package dev.agentcore.controlplane.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.benchmark.baseline.BareBaseline;
import dev.agentcore.controlplane.support.BuiltJar;
import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ships, measured (issue #27): the packaged jar with the provisioner on against PostgreSQL and the simulated
 * AgentCore (its own process, at AgentCore's mutating quota), driven by wrk with and without a backlog of gateways
 * waiting for that quota, beside a bare Spring Boot MVC + JDBC app reading one row and pgbench inserting one row, in
 * the same run. Prints the figures and their ratios to the targets. Run with {@code ops/benchmark/run.sh}.
 */
class ShippedJarBenchmark {

	static final int CONNECTIONS = 8;

	static final int QUOTA = 5;

	static final int SEEDED = 10_000;

	static final int BACKLOG = Integer.getInteger("benchmark.backlog", 5_000);

	static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));

	static final Duration POST_WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.post-warm-up", 40));

	/**
	 * Gateways taken to READY before the measured ones: at one every quarter second the provisioner's path (the AWS SDK
	 * above all) runs a few hundred times a minute, and the JIT compiles it only after a minute or so.
	 */
	static final int READY_WARM_UP = Integer.getInteger("benchmark.ready-warm-up", 120);

	static final String ROLE = "arn:aws:iam::123456789012:role/AgentCoreGatewayRole";

	static final String SPEC = "{\"description\": \"seeded\", \"roleArn\": \"" + ROLE
			+ "\", \"authorizer\": {\"type\": \"NONE\"}, \"tags\": {}}";

	static final JsonMapper JSON = JsonMapper.builder().build();

	final Report report = new Report();

	@Test
	void theJarBesideABareAppAndPgbench() throws Exception {
		if ("ready".equals(System.getProperty("benchmark.only"))) {
			postToReadyOnly();
			return;
		}
		if ("hold".equals(System.getProperty("benchmark.only"))) {
			hold();
			return;
		}
		assertThat(Wrk.available()).as("wrk on the PATH or in WRK (ops/benchmark/run.sh fetches it)").isTrue();
		// What ships runs on a durable database: both contestants get PostgreSQL's production durability defaults.
		TestDatabase.Connection bareDb = TestDatabase.durable("bare_baseline");
		TestDatabase.Connection jarDb = TestDatabase.durable("jar_benchmark");
		seedBare(bareDb);
		report.line("PostgreSQL: %s; %d cores; load: %s", jarDb.source(), Runtime.getRuntime().availableProcessors(),
				Files.readString(Path.of("/proc/loadavg")).strip());
		report.line("durability, pgbench's and the jar's database: %s; %s", durability(bareDb), durability(jarDb));
		assertThat(durability(bareDb)).isEqualTo(durability(jarDb)).isEqualTo("fsync=on full_page_writes=on synchronous_commit=on");

		Map<String, LoadRun.Result> bare = new HashMap<>();
		try (Started baseline = startBare(bareDb)) {
			bare.put("get", Wrk.run("bare: GET one row", baseline.url + "/rows/1", "none", CONNECTIONS, MEASURE,
					rowPaths()));
		}
		double pgbench = pgbench(bareDb);

		try (BuiltJar simulator = startSimulator()) {
			HttpClient http = HttpClient.newHttpClient();
			send(http, "PUT", simulator.url() + "/local/aws/faults", "{\"mutatingTps\": " + QUOTA + "}");
			String[] arguments = { "--controlplane.aws.fake-credentials=true", "--controlplane.aws.region=us-east-1",
					"--logging.level.root=WARN", "--controlplane.provisioning.mutating-tps=" + QUOTA };
			try (BuiltJar jar = BuiltJar.start(jvmFlags(), environment(jarDb, simulator), arguments)
				.awaitHealthy(Duration.ofSeconds(300))) {
				List<UUID> seeded = seedGateways(jarDb);
				try {
					measureJar(jar, simulator, jarDb, seeded, bare, pgbench, http);
				}
				catch (Exception | AssertionError ex) {
					String output = jar.output();
					System.out.println(report + "\nThe jar's output ends with:\n" + output.substring(Math.max(0, output.length() - 4000)));
					throw ex;
				}
			}
			// A replica that comes while others run: the schema is there, the backlog too. Plain jar, then as the image.
			settle(jarDb);
			long starting = System.nanoTime();
			try (BuiltJar again = BuiltJar.start(BuiltJar.JVM_FLAGS, environment(jarDb, simulator), arguments)
				.awaitHealthy(Duration.ofSeconds(300))) {
				double startup = (System.nanoTime() - starting) / 1e9;
				target("start-up to healthy, the jar (java -jar), s", startup, "(context)", 0, false);
				report.line("(%s)", startedLine(again.output()));
			}
			try {
				ImageStart image = ImageStart.build(Path.of("target", "benchmark", "image"));
				// One start on two shared cores moves by half a second: the median of three.
				List<Double> starts = new java.util.ArrayList<>();
				for (int i = 0; i < 3; i++) {
					starts.add(image.timeToHealthy(environment(jarDb, simulator), List.of(arguments)));
				}
				double imageStartup = starts.stream().sorted().toList().get(1);
				target("start-up to healthy, as the image (AOT cache), s", imageStartup, "<= 4", 4, false);
				report.line("(image starts, s: %s; the median is the figure)", starts.stream()
					.map(start -> String.format(java.util.Locale.ROOT, "%.2f", start)).toList());
			}
			finally {
				System.out.println(report);
			}
		}
	}

	/**
	 * POST to READY alone ({@code -Dbenchmark.only=ready}, about a minute): the same jar, simulator, quota and
	 * measurement as the whole run, without the baselines, the load and the backlog, to repeat while working on it.
	 */
	private void postToReadyOnly() throws Exception {
		TestDatabase.Connection jarDb = TestDatabase.durable("jar_benchmark");
		report.line("PostgreSQL: %s; %d cores; load: %s", jarDb.source(), Runtime.getRuntime().availableProcessors(),
				Files.readString(Path.of("/proc/loadavg")).strip());
		try (BuiltJar simulator = startSimulator()) {
			HttpClient http = HttpClient.newHttpClient();
			send(http, "PUT", simulator.url() + "/local/aws/faults", "{\"mutatingTps\": " + QUOTA + "}");
			try (BuiltJar jar = startJar(jarDb, simulator)) {
				String base = jar.url() + "/api/v1/gateways";
				long patience = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (!send(http, "GET", base + "?limit=1", token(), null).contains("\"items\"")
						&& System.nanoTime() < patience) {
					Thread.sleep(500);
				}
				List<Sampled> sampled = new ArrayList<>();
				double[] toReady = postToReady(http, base, token(), Integer.getInteger("benchmark.samples", 30), sampled);
				report.line("POST -> READY ms, sorted: %s", Arrays.toString(toReady));
				timelines(http, base, sampled);
				target("POST -> READY p50 ms (idle, instant simulator)", toReady[toReady.length / 2], "<= 50", 50, false);
				target("POST -> READY p99 ms", toReady[toReady.length - 1], "(context)", Double.MAX_VALUE, false);
			}
			finally {
				System.out.println(report);
			}
		}
	}

	/**
	 * The contestants started, seeded and left running for profiling by hand ({@code -Dbenchmark.only=hold}): the bare
	 * app, the simulator and the jar (with {@code -Dbenchmark.jfr} if given) with its seeded gateways and the backlog.
	 * Writes their URLs, the jar's pid, the gateway paths and a token (renewed each minute) to target/benchmark/hold;
	 * runs until target/benchmark/hold/stop exists or {@code benchmark.hold.minutes} (30) pass.
	 */
	private void hold() throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "benchmark", "hold"));
		Files.deleteIfExists(folder.resolve("stop"));
		TestDatabase.Connection bareDb = TestDatabase.durable("bare_baseline");
		TestDatabase.Connection jarDb = TestDatabase.durable("jar_benchmark");
		seedBare(bareDb);
		try (Started baseline = startBare(bareDb);
				BuiltJar simulator = startSimulator()) {
			HttpClient http = HttpClient.newHttpClient();
			send(http, "PUT", simulator.url() + "/local/aws/faults", "{\"mutatingTps\": " + QUOTA + "}");
			try (BuiltJar jar = startJar(jarDb, simulator)) {
				List<UUID> seeded = seedGateways(jarDb);
				seedBacklog(jarDb, BACKLOG - backlog(jarDb));
				Files.write(folder.resolve("paths"), seeded.subList(0, 500).stream().map(id -> "/api/v1/gateways/" + id).toList());
				Files.writeString(folder.resolve("env"), "JAR=" + jar.url() + "\nBARE=" + baseline.url + "\nSIMULATOR="
						+ simulator.url() + "\nJAR_PID=" + jar.pid() + "\nJDBC=" + jarDb.url() + "\n");
				long until = System.nanoTime() + Duration.ofMinutes(Integer.getInteger("benchmark.hold.minutes", 30)).toNanos();
				while (System.nanoTime() < until && !Files.exists(folder.resolve("stop"))) {
					Files.writeString(folder.resolve("token"), token());
					for (int i = 0; i < 60 && !Files.exists(folder.resolve("stop")); i++) {
						Thread.sleep(1000);
					}
				}
			}
		}
	}

	private void measureJar(BuiltJar jar, BuiltJar simulator, TestDatabase.Connection db, List<UUID> seeded,
			Map<String, LoadRun.Result> bare, double pgbench, HttpClient http) throws Exception {
		String base = jar.url() + "/api/v1/gateways";
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			paths.add("/api/v1/gateways/" + seeded.get(i));
		}
		// The first request fetches the issuer's keys: on a busy machine that can take longer than the jar waits.
		long patience = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!send(http, "GET", base + "?limit=1", token(), null).contains("\"items\"") && System.nanoTime() < patience) {
			Thread.sleep(500);
		}
		LoadRun.Result getIdle = Wrk.run("jar idle: GET one gateway", base, token(), CONNECTIONS, MEASURE, paths);
		LoadRun.Result listIdle = Wrk.run("jar idle: list page (50)", base + "?limit=50", token(), CONNECTIONS, MEASURE);
		long rssIdle = rss(jar.pid());
		// On a running service (the request path compiled by the reads above), before any backlog: one gateway's latency.
		double[] toReady = postToReady(http, base, token(), 30);
		String body = "{\"name\": \"load-%d\", \"roleArn\": \"" + ROLE + "\", \"authorizer\": {\"type\": \"NONE\"}}";
		// Like every GET scenario, POST is measured warm: on 2 busy cores the JIT takes tens of seconds of POSTs to
		// compile their path (jstat -compiler), and what a replica serves for hours is the compiled path.
		Wrk.post("jar: POST warm-up", base, token(), CONNECTIONS, POST_WARM_UP, body);
		LoadRun.Result postIdle = Wrk.post("jar: POST (backlog building)", base, token(), CONNECTIONS, MEASURE, body);
		seedBacklog(db, BACKLOG - backlog(db));
		long backlogAtStart = backlog(db);
		report.line("POST -> READY measured; backlog of %d reached", backlog(db));
		System.out.println(report);
		Stats before = Stats.of(http, simulator.url());
		long started = System.nanoTime();
		LoadRun.Result getBusy = Wrk.run("jar backlog: GET one gateway", base, token(), CONNECTIONS, MEASURE, paths);
		LoadRun.Result listBusy = Wrk.run("jar backlog: list page (50)", base + "?limit=50", token(), CONNECTIONS, MEASURE);
		LoadRun.Result postBusy = Wrk.post("jar backlog: POST", base, token(), CONNECTIONS, MEASURE, body);
		long rssBusy = rss(jar.pid());
		Stats after = Stats.of(http, simulator.url());
		double seconds = (System.nanoTime() - started) / 1e9;
		double quotaUse = (after.creates - before.creates) / seconds / QUOTA;

		LoadRun.Result bareGet = bare.get("get");
		report.line("");
		report.line("| %-34s | %9s | %8s | %8s | %6s |", "scenario (wrk, " + CONNECTIONS + " connections, " + MEASURE.toSeconds()
				+ " s)", "req/s", "p50 ms", "p99 ms", "errors");
		report.line("|%s|%s|%s|%s|%s|", "-".repeat(36), "-".repeat(11), "-".repeat(10), "-".repeat(10), "-".repeat(8));
		for (LoadRun.Result result : List.of(bareGet, getIdle, listIdle, postIdle, getBusy, listBusy, postBusy)) {
			report.line("| %-34s | %9.0f | %8.2f | %8.2f | %6d |", result.scenario(), result.perSecond(), result.p50Millis(),
					result.p99Millis(), result.errors());
		}
		report.line("| %-34s | %9.0f | %8s | %8s | %6s |", "pgbench: insert one row (TPS)", pgbench, "", "", "");
		report.line("");
		report.line("backlog while measured: %d gateways waiting (at start), quota %d mutating calls/s", backlogAtStart, QUOTA);
		report.line("");
		report.line("| %-52s | %12s | %12s | %4s |", "target (issue #27)", "measured", "goal", "met");
		report.line("|%s|%s|%s|%s|", "-".repeat(54), "-".repeat(14), "-".repeat(14), "-".repeat(6));
		target("GET one gateway, backlog / bare row read", getBusy.perSecond() / bareGet.perSecond(), ">= 0.50", 0.5, true);
		target("GET one gateway, backlog: p99 ms", getBusy.p99Millis(), "<= 10", 10, false);
		target("GET one gateway, backlog / idle", getBusy.perSecond() / getIdle.perSecond(), "(context)", 0, true);
		target("POST a gateway, backlog / pgbench insert", postBusy.perSecond() / pgbench, ">= 0.10", 0.1, true);
		target("provisioning, creates/s over quota during the load", quotaUse, ">= 0.90", 0.9, true);
		target("throttling errors from AgentCore (whole run)", after.throttled, "0", 0, false);
		target("POST -> READY p50 ms (idle, instant simulator)", toReady[toReady.length / 2], "<= 50", 50, false);
		target("POST -> READY p99 ms", toReady[toReady.length - 1], "(context)", Double.MAX_VALUE, false);
		target("resident memory idle, MB", rssIdle, "<= 400", 400, false);
		target("resident memory under backlog load, MB", rssBusy, "<= 400", 400, false);
	}

	private void target(String what, double value, String goal, double bound, boolean atLeast) {
		String met = goal.startsWith("(") ? "" : (atLeast ? value >= bound : value <= bound) ? "yes" : "NO";
		report.line("| %-52s | %12.2f | %12s | %4s |", what, value, goal, met);
	}

	/** One POST to READY: the gateway, when the POST was sent and when the client saw it READY. */
	record Sampled(String id, Instant sent, Instant seen) {
	}

	/**
	 * Where each POST to READY went, from the gateway's history (an event's time is when its write began): median ms
	 * from the POST sent to the declaration's commit, to the pass's first write (the create's client token, after the
	 * pick and the preflight), to CreateGateway answered (the identity's commit), to READY written, to the client
	 * seeing it.
	 */
	private void timelines(HttpClient http, String base, List<Sampled> sampled) throws Exception {
		List<double[]> segments = new ArrayList<>();
		for (Sampled one : sampled) {
			JsonNode events = JSON.readTree(send(http, "GET", base + "/" + one.id() + "/events?limit=50", token(), null));
			Instant accepted = null;
			Instant tokenWritten = null;
			Instant created = null;
			Instant ready = null;
			for (JsonNode event : events.get("items")) {
				Instant at = Instant.parse(event.get("at").asString());
				String type = event.get("type").asString();
				String message = event.get("message").asString();
				if (type.equals("SPEC_ACCEPTED")) {
					accepted = at;
				}
				else if (type.equals("AWS_CALL") && message.startsWith("Preflight")) {
					tokenWritten = at;
				}
				else if (type.equals("AWS_CALL") && message.startsWith("CreateGateway")) {
					created = at;
				}
				else if (type.equals("PHASE_CHANGED") && message.contains("-> READY")) {
					ready = at;
				}
			}
			if (accepted != null && tokenWritten != null && created != null && ready != null) {
				segments.add(new double[] { millis(one.sent(), accepted), millis(accepted, tokenWritten),
						millis(tokenWritten, created), millis(created, ready), millis(ready, one.seen()) });
			}
		}
		String[] names = { "sent -> declared", "declared -> token written", "token -> created", "created -> READY written",
				"READY written -> seen" };
		for (int i = 0; i < names.length; i++) {
			int segment = i;
			double[] values = segments.stream().mapToDouble(timeline -> timeline[segment]).sorted().toArray();
			report.line("  %-28s median %6.1f ms (of %d)", names[i], values.length == 0 ? 0 : values[values.length / 2],
					values.length);
		}
	}

	private static double millis(Instant from, Instant to) {
		return Duration.between(from, to).toNanos() / 1e6;
	}

	/**
	 * POSTs gateways one at a time, a quota slot apart, and waits for each to be READY; milliseconds, sorted, after
	 * {@link #READY_WARM_UP} unmeasured ones.
	 */
	private static double[] postToReady(HttpClient http, String base, String token, int count) throws Exception {
		return postToReady(http, base, token, count, new ArrayList<>());
	}

	private static double[] postToReady(HttpClient http, String base, String token, int count, List<Sampled> sampled)
			throws Exception {
		double[] millis = new double[count];
		for (int i = -READY_WARM_UP; i < count; i++) {
			Instant sent = Instant.now();
			long started = System.nanoTime();
			String created = send(http, "POST", base, token, "{\"name\": \"ready-" + UUID.randomUUID().toString().substring(0, 8)
					+ "\", \"roleArn\": \"" + ROLE + "\", \"authorizer\": {\"type\": \"NONE\"}}");
			String id = created.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
			while (!send(http, "GET", base + "/" + id, token, null).contains("\"phase\":\"READY\"")) {
				Thread.sleep(1);
			}
			if (i >= 0) {
				millis[i] = (System.nanoTime() - started) / 1e6;
				sampled.add(new Sampled(id, sent, Instant.now()));
			}
			// One gateway's latency, not the quota's: back to back, each create would wait its slot (1/5 s) first.
			Thread.sleep(1000 / QUOTA);
		}
		Arrays.sort(millis);
		return millis;
	}

	private static List<String> rowPaths() {
		List<String> paths = new ArrayList<>();
		for (int i = 1; i <= 500; i++) {
			paths.add("/rows/" + i);
		}
		return paths;
	}

	/** The simulated AgentCore in its own process (AgentCore's quota is set by the caller, over its controls). */
	static BuiltJar startSimulator() {
		return BuiltJar.start(Map.of(), "--spring.profiles.active=simulator",
				"--controlplane.simulator.gateway-limit=1000000", "--logging.level.root=WARN")
			.awaitHealthy(Duration.ofSeconds(300));
	}

	/** The jar with the provisioner on against {@code db} and {@code simulator}, at the quota. */
	private static BuiltJar startJar(TestDatabase.Connection db, BuiltJar simulator) {
		return BuiltJar.start(jvmFlags(), environment(db, simulator), "--controlplane.aws.fake-credentials=true",
				"--controlplane.aws.region=us-east-1", "--logging.level.root=WARN",
				"--controlplane.provisioning.mutating-tps=" + QUOTA)
			.awaitHealthy(Duration.ofSeconds(300));
	}

	private static List<String> jvmFlags() {
		List<String> flags = new ArrayList<>(BuiltJar.JVM_FLAGS);
		String recording = System.getProperty("benchmark.jfr");
		if (recording != null && !recording.isBlank()) {
			// Request stacks are deeper than JFR's default 64 frames: the controller and the services would be cut off.
			flags.add("-XX:FlightRecorderOptions:stackdepth=256");
			flags.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
		}
		return flags;
	}

	static Map<String, String> environment(TestDatabase.Connection db, BuiltJar simulator) {
		Map<String, String> environment = new HashMap<>(BuiltJar.discoveryIssuerEnvironment());
		environment.put("SPRING_DATASOURCE_URL", db.url());
		environment.put("SPRING_DATASOURCE_USERNAME", db.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", db.password());
		environment.put("CONTROLPLANE_AWS_AGENTCOREENDPOINT", simulator.url() + "/local/aws/agentcore");
		environment.put("MALLOC_ARENA_MAX", "2");
		return environment;
	}

	private static String startedLine(String output) {
		Matcher started = Pattern.compile("Started \\S+ in [0-9.]+ seconds[^\\n]*").matcher(output);
		return started.find() ? started.group() : "no start-up line logged";
	}

	private static void seedBare(TestDatabase.Connection db) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				Statement statement = connection.createStatement()) {
			statement.execute("create table bare_rows (id int primary key, name text not null, spec jsonb not null)");
			statement.execute("insert into bare_rows select i, 'row-' || i, '" + SPEC + "' from generate_series(1, 1000) i");
			statement.execute("create table pgbench_rows (id bigserial primary key, name text not null, spec jsonb not null, "
					+ "at timestamptz not null default now())");
			statement.execute("analyze");
		}
	}

	/** Gateways already READY (nothing for the provisioner to do), team-0 owning every 20th. */
	private static List<UUID> seedGateways(TestDatabase.Connection db) throws SQLException {
		List<UUID> team0 = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password())) {
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into gateways (id, team, name, spec, generation, version, created_at, updated_at, created_by, phase,
					observed_generation, aws_gateway_id, aws_status)
					values (?, ?, ?, cast(? as jsonb), 1, 0, now(), now(), 'benchmark', 'READY', 1, ?, 'READY')""")) {
				for (int i = 0; i < SEEDED; i++) {
					UUID id = UUID.randomUUID();
					if (i % 20 == 0) {
						team0.add(id);
					}
					insert.setObject(1, id);
					insert.setString(2, "team-" + (i % 20));
					insert.setString(3, "seed-" + i);
					insert.setString(4, SPEC);
					insert.setString(5, "seed-" + i + "-0123456789");
					insert.addBatch();
				}
				insert.executeBatch();
			}
			connection.commit();
			try (Statement statement = connection.createStatement()) {
				statement.execute("analyze");
			}
		}
		return team0;
	}

	/** Tokens live 5 minutes; each scenario gets a fresh one (expired, every request would be a 401). */
	private static String token() {
		return TestIssuer.get().token("team-0", "controlplane:write");
	}

	/**
	 * Gateways waiting for the quota as POSTs leave them (PENDING, their reconcile due), written straight into the
	 * database: POSTing thousands on a busy machine takes minutes. The provisioner's next poll finds them.
	 */
	private static void seedBacklog(TestDatabase.Connection db, long count) throws SQLException {
		if (count <= 0) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				Statement statement = connection.createStatement()) {
			statement.execute("""
					with backlog as (select gen_random_uuid() as id, i from generate_series(1, %d) i)
					, rows as (insert into gateways (id, team, name, spec, generation, version, created_at, updated_at, created_by)
					  select id, 'team-' || (i %% 20), 'backlog-' || id, cast('%s' as jsonb), 1, 0, now(), now(), 'benchmark'
					  from backlog returning id)
					insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)
					select 'reconcile', 'gateway:' || id, now(), false, 1 from rows""".formatted(count, SPEC));
		}
	}

	private static String durability(TestDatabase.Connection db) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				Statement statement = connection.createStatement();
				ResultSet settings = statement.executeQuery("""
						select string_agg(name || '=' || setting, ' ' order by name) from pg_settings
						where name in ('fsync', 'synchronous_commit', 'full_page_writes')""")) {
			settings.next();
			return settings.getString(1);
		}
	}

	/**
	 * Vacuums and analyzes what the load wrote (tens of thousands of gateways, events, audit records and jobs), as
	 * autovacuum would in the minutes after, and checkpoints: the start-up is measured on two quiet cores and a quiet
	 * disk, not beside that work.
	 */
	private static void settle(TestDatabase.Connection db) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				Statement statement = connection.createStatement()) {
			statement.execute("vacuum analyze");
			// and writes what the vacuum dirtied now, not while the replica starts
			statement.execute("checkpoint");
		}
	}

	private static long backlog(TestDatabase.Connection db) throws SQLException {
		try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
				Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("select count(*) from gateways where phase <> 'READY'")) {
			count.next();
			return count.getLong(1);
		}
	}

	private static double pgbench(TestDatabase.Connection db) throws IOException, InterruptedException {
		Matcher address = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(db.url());
		assertThat(address.find()).as(db.url()).isTrue();
		Path script = Files.createTempFile("pgbench", ".sql");
		Files.writeString(script, "insert into pgbench_rows (name, spec) values ('row', '" + SPEC + "');\n");
		ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-c", String.valueOf(CONNECTIONS), "-j", "2", "-T",
				String.valueOf(MEASURE.toSeconds()), "-f", script.toString(), "-h", address.group(1), "-p", address.group(2),
				"-U", db.username(), address.group(3)).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", db.password());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		assertThat(tps.find()).as("pgbench output: %s", output).isTrue();
		return Double.parseDouble(tps.group(1));
	}

	private static Started startBare(TestDatabase.Connection db) throws IOException {
		int port = BuiltJar.freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(BuiltJar.JVM_FLAGS);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), BareBaseline.class.getName(),
				"--server.port=" + port, "--spring.datasource.url=" + db.url(),
				"--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
				"--logging.level.root=WARN"));
		Path log = Files.createTempFile("bare-baseline", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Started started = new Started(process, "http://localhost:" + port);
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(started.url + "/rows/1")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return started;
				}
			}
			catch (IOException | InterruptedException notYet) {
				// not listening yet
			}
			sleep(200);
		}
		started.close();
		throw new AssertionError("the bare baseline did not start: " + Files.readString(log));
	}

	private static long rss(long pid) throws IOException {
		return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
			.filter(line -> line.startsWith("VmRSS:"))
			.mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) >> 10)
			.findFirst()
			.orElse(-1);
	}

	private static String send(HttpClient http, String method, String url, String body) throws Exception {
		return send(http, method, url, null, body);
	}

	private static String send(HttpClient http, String method, String url, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The simulator's counters: gateways created and throttling errors answered. */
	record Stats(long creates, long throttled) {

		static Stats of(HttpClient http, String simulator) throws Exception {
			String body = send(http, "GET", simulator + "/local/aws/resources", null);
			return new Stats(number(body, "\"CreateGateway\":(\\d+)"), number(body, "\"ThrottlingException\":(\\d+)"));
		}

		private static long number(String body, String regex) {
			Matcher matcher = Pattern.compile(regex).matcher(body);
			return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
		}

	}

	record Started(Process process, String url) implements AutoCloseable {

		@Override
		public void close() {
			process.destroy();
		}

	}

	static final class Report {

		private final StringBuilder text = new StringBuilder("\nShipped-jar benchmark (issue #27)\n");

		void line(String format, Object... args) {
			text.append(String.format(format, args)).append('\n');
		}

		@Override
		public String toString() {
			return text.toString();
		}

	}

}
