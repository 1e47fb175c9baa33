package dev.agentcore.controlplane.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.agentcore.controlplane.cedar.CedarSchema;
import dev.agentcore.controlplane.cedar.PrincipalKind;
import dev.agentcore.controlplane.cedar.StatementCheck;
import dev.agentcore.controlplane.cedar.ToolSignature;
import dev.agentcore.controlplane.simulator.AgentCoreSimulator;
import dev.agentcore.controlplane.support.Api;
import dev.agentcore.controlplane.support.Http;
import dev.agentcore.controlplane.support.TestDatabase;

import static dev.agentcore.controlplane.support.Fixtures.unique;

/**
 * Validation and what-if checks for an engine of 100 policies on a gateway of 20 tools (target: p99 under
 * 20 ms each): a statement checked against the engine's schema in-process, the whole engine re-checked
 * (what a tool change triggers), a policy replaced through the API (validation, engine lock and write),
 * and POST .../authorization-checks through the API; and resident memory around 200 what-ifs with large proposed
 * statements. Run with {@code ./mvnw -Pbenchmark verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "logging.level.root=WARN",
		"controlplane.provisioning.enabled=true", "controlplane.provisioning.mutating-tps=200",
		"controlplane.provisioning.read-tps=400" })
class PolicyBenchmark {

	static final int TOOLS = 20;

	static final int POLICIES = 100;

	static ConfigurableApplicationContext simulator;

	@DynamicPropertySource
	static void isolated(DynamicPropertyRegistry registry) {
		String url = TestDatabase.isolated("policy_benchmark").url();
		registry.add("spring.datasource.url", () -> url);
		simulator = AgentCoreSimulator.run("--server.port=0", "--controlplane.simulator.seed=9");
		registry.add("controlplane.aws.agentcore-endpoint", () -> "http://localhost:"
				+ simulator.getEnvironment().getProperty("local.server.port") + "/local/aws/agentcore");
	}

	@LocalServerPort
	int port;

	@Test
	void validationAndWhatIfForAnEngineOf100Policies() {
		Api api = Api.asTeam(port, unique("bench"));
		String gateway = api.post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"}}"""
			.formatted(unique("Bench"))).json().get("id").asString();
		api.post("/api/v1/gateways/" + gateway + "/targets", target());
		String engine = api.post("/api/v1/policy-engines", "{\"name\": \"%s\"}".formatted(unique("bench").replace('-', '_')))
			.json().get("id").asString();
		String arn = ready(api, "/api/v1/gateways/" + gateway).at("/aws/gatewayArn").asString();
		ready(api, "/api/v1/policy-engines/" + engine);
		JsonNode current = api.get("/api/v1/gateways/" + gateway).json();
		api.put("/api/v1/gateways/" + gateway, "\"" + current.get("version").asInt() + "\"", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"},
				 "policyEngine": {"policyEngineId": "%s", "mode": "LOG_ONLY"}}""".formatted(current.get("name").asString(), engine));
		List<String> statements = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < POLICIES; i++) {
			statements.add(statement(arn, i, 100));
			Http.Response created = api.post("/api/v1/policy-engines/" + engine + "/policies",
					"{\"name\": \"p%d_%s\", \"statement\": %s}".formatted(i, unique("b").replace('-', '_'), quoted(statements.get(i))));
			ids.add(created.json().get("id").asString());
		}

		for (int i = 0; i < 600 && !api.get("/api/v1/policy-engines/" + engine + "/policies?limit=200").json().get("items")
			.valueStream().allMatch(p -> p.at("/status/phase").asString().equals("READY")); i++) {
			sleep(100);
		}
		CedarSchema schema = CedarSchema.generate(List.of(new CedarSchema.ToolSet(PrincipalKind.OAUTH_USER, tools(), Set.of())));
		double[] one = measure(1000, i -> StatementCheck.check(schema,
				List.of(new StatementCheck.Statement("new", statement(arn, i % TOOLS, 50)))));
		double[] all = measure(200, i -> {
			List<StatementCheck.Statement> engineStatements = new ArrayList<>();
			for (int p = 0; p < statements.size(); p++) {
				engineStatements.add(new StatementCheck.Statement("p" + p, statements.get(p)));
			}
			StatementCheck.check(schema, engineStatements);
		});
		String policy = "/api/v1/policy-engines/" + engine + "/policies/" + ids.getFirst();
		int[] version = { api.get(policy).json().get("version").asInt() };
		double[] put = measure(300, i -> {
			Http.Response replaced = api.put(policy, "\"" + version[0] + "\"", "{\"name\": \"%s\", \"statement\": %s}"
				.formatted(api.get(policy).json().get("name").asString(), quoted(statement(arn, 0, i % 2 == 0 ? 50 : 100))));
			version[0] = replaced.json().get("version").asInt();
		});
		double[] whatIf = measure(500, i -> {
			Http.Response answer = api.post("/api/v1/gateways/" + gateway + "/authorization-checks", """
					{"principal": {"claims": {"sub": "agent", "scope": "tool%d:read"}}, "tool": "bench___tool%d",
					 "input": {"limit": %d, "status": "open"}}""".formatted(i % TOOLS, i % TOOLS, i % 150));
			if (answer.status() != 200) {
				throw new AssertionError(answer.body());
			}
		});
		System.out.printf("%nPolicyBenchmark: engine of %d policies, gateway of %d tools (milliseconds)%n", POLICIES, TOOLS);
		System.out.printf("| measure | runs | p50 | p99 |%n| --- | --- | --- | --- |%n");
		print("validate one statement against the engine's schema (in-process)", one);
		print("re-validate the engine's 100 policies at once (in-process)", all);
		print("PUT a policy (validation, engine lock, write; HTTP)", put);
		print("POST authorization-checks with the engine's 100 policies (HTTP)", whatIf);
	}

	/**
	 * The review's memory amplification: 200 what-ifs, each proposing 200 statements of about 9.5 KB (1.9 MB), all
	 * different. Proposed statements were cached parsed (128 sets), and the process grew from 521 MB to 1,873 MB;
	 * now nothing of them is kept, and resident memory before and after is printed ({@code -Dbenchmark.whatIfs=N}
	 * runs N instead).
	 */
	@Test
	void residentMemoryAcross200WhatIfsWithLargeProposedStatements() {
		String team = unique("bench");
		Api api = Api.asTeam(port, team);
		String gateway = api.post("/api/v1/gateways", """
				{"name": "%s", "roleArn": "arn:aws:iam::123456789012:role/AgentCoreGatewayRole", "authorizer": {"type": "NONE"}}"""
			.formatted(unique("Memory"))).json().get("id").asString();
		api.post("/api/v1/gateways/" + gateway + "/targets", target());
		int requests = Integer.getInteger("benchmark.whatIfs", 200);
		System.gc();
		long before = residentKilobytes();
		for (int request = 0; request < requests; request++) {
			if (request % 20 == 0) {
				api = Api.asTeam(port, team); // a fresh token: on a busy machine the run outlasts one
			}
			List<String> proposed = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				proposed.add(quoted(largeStatement(request, i)));
			}
			Http.Response answer = api.post("/api/v1/gateways/" + gateway + "/authorization-checks", """
					{"principal": {"claims": {"sub": "agent"}}, "tool": "bench___tool0", "input": {"limit": 1},
					 "policies": [%s]}""".formatted(String.join(", ", proposed)));
			if (answer.status() != 200) {
				throw new AssertionError(answer.body());
			}
		}
		System.gc();
		long after = residentKilobytes();
		System.out.printf("%nPolicyBenchmark: resident memory around %d what-ifs proposing 200 statements of 9.5 KB each%n",
				requests);
		System.out.printf("| before | after | growth |%n| --- | --- | --- |%n| %d MB | %d MB | %d MB |%n", before / 1024,
				after / 1024, (after - before) / 1024);
	}

	static String largeStatement(int request, int index) {
		String padding = "x".repeat(450);
		return "permit(principal, action, resource is AgentCore::Gateway) when { principal.id != \"r" + request + "-s" + index
				+ "\"" + (" && principal.id != \"" + padding + "\"").repeat(20) + " };";
	}

	/** VmRSS of this process (Linux), in kilobytes. */
	static long residentKilobytes() {
		try {
			return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))
				.stream()
				.filter(line -> line.startsWith("VmRSS:"))
				.map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
				.findFirst()
				.orElseThrow();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static String statement(String gatewayArn, int tool, int limit) {
		return """
				permit(principal is AgentCore::OAuthUser, action == AgentCore::Action::"bench___tool%d",
				  resource == AgentCore::Gateway::"%s")
				when { principal.hasTag("scope") && principal.getTag("scope") like "*tool%d:read*"
				  && context.input.limit <= %d && context.input has status && context.input.status == "open" };"""
			.formatted(tool % TOOLS, gatewayArn, tool % TOOLS, limit);
	}

	static List<ToolSignature> tools() {
		List<ToolSignature> tools = new ArrayList<>();
		for (int i = 0; i < TOOLS; i++) {
			tools.add(ToolSignature.of("bench", "tool" + i, input()));
		}
		return tools;
	}

	static Map<String, Object> input() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("limit", Map.of("type", "integer"));
		properties.put("status", Map.of("type", "string"));
		properties.put("price", Map.of("type", "number"));
		properties.put("express", Map.of("type", "boolean"));
		return Map.of("type", "object", "properties", properties, "required", List.of("limit"));
	}

	static String target() {
		StringBuilder tools = new StringBuilder();
		for (int i = 0; i < TOOLS; i++) {
			tools.append(i == 0 ? "" : ", ").append("""
					{"name": "tool%d", "description": "tool %d", "inputSchema": {"type": "object", "properties": {
					 "limit": {"type": "integer"}, "status": {"type": "string"}, "price": {"type": "number"},
					 "express": {"type": "boolean"}}, "required": ["limit"]}}""".formatted(i, i));
		}
		return """
				{"name": "bench", "type": "LAMBDA", "lambda": {"functionArn": "arn:aws:lambda:us-east-1:123456789012:function:bench",
				 "toolSchema": {"inline": [%s]}}}""".formatted(tools);
	}

	static double[] measure(int runs, IntConsumer work) {
		for (int i = 0; i < Math.max(50, runs / 5); i++) {
			work.accept(i);
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long started = System.nanoTime();
			work.accept(i);
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	static void print(String measure, double[] sorted) {
		System.out.printf("| %s | %d | %.2f | %.2f |%n", measure, sorted.length, sorted[sorted.length / 2],
				sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
	}

	static JsonNode ready(Api api, String path) {
		for (int i = 0; i < 600; i++) {
			JsonNode resource = api.get(path).json();
			if (resource.at("/status/phase").asString().equals("READY")) {
				return resource;
			}
			sleep(100);
		}
		throw new AssertionError(path + " did not become READY");
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
