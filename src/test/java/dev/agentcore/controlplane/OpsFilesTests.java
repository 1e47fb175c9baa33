package dev.agentcore.controlplane;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ops/: the Grafana dashboard and the Prometheus alerts use only metrics the service registers, their
 * PromQL parses, and the alerts fire as their unit tests expect ({@code promtool}, where installed).
 */
class OpsFilesTests {

	static final Path DASHBOARD = Path.of("ops", "grafana-dashboard.json");

	static final Path ALERTS = Path.of("ops", "prometheus-alerts.yaml");

	static final Pattern METRIC = Pattern.compile("\\b(controlplane_[a-z_]+)\\b");

	@Test
	void dashboardPanelsQueryMetricsTheServiceRegisters() throws IOException {
		JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
		assertThat(dashboard.get("uid").asString()).isNotBlank();
		assertThat(dashboard.get("panels")).isNotEmpty();
		Set<Long> ids = new HashSet<>();
		for (JsonNode panel : dashboard.get("panels")) {
			assertThat(ids.add(panel.get("id").asLong())).as("panel ids are unique").isTrue();
			assertThat(panel.get("targets")).as(panel.get("title").asString()).isNotEmpty();
			panel.get("targets").forEach(target -> assertThat(target.get("expr").asString()).isNotBlank());
		}
		assertThat(unknownMetrics(expressions())).isEmpty();
	}

	/** The metric counts every provisioned kind; a query that picks kinds would hide the ones added later. */
	@Test
	void resourceCountsAreShownForEveryKind() throws IOException {
		List<String> resources = new ArrayList<>(expressions());
		resources.add(Files.readString(ALERTS));
		assertThat(resources.stream().filter(text -> text.contains("controlplane_resources")))
			.as("panels and alerts on controlplane_resources").hasSizeGreaterThanOrEqualTo(3)
			.noneMatch(text -> text.matches("(?s).*controlplane_resources\\{[^}]*\\bkind\\s*=.*"));
		assertThat(expressions()).contains("sum by (kind) (controlplane_resources{phase=\"FAILED\"})");
	}

	@Test
	void alertsUseMetricsTheServiceRegisters() throws IOException {
		assertThat(unknownMetrics(List.of(Files.readString(ALERTS)))).isEmpty();
	}

	@Test
	void promtoolAcceptsTheAlertsTheirUnitTestsAndTheDashboardQueries() throws IOException {
		Assumptions.assumeTrue(promtoolInstalled(), () -> {
			System.out.println("SKIPPED: promtool is not installed (apt-get install prometheus provides it); "
					+ "ops/ is then only checked for the metrics it uses.");
			return "promtool is not installed";
		});
		assertThat(promtool("check", "rules", ALERTS.toString())).isEmpty();
		assertThat(promtool("test", "rules", Path.of("ops", "prometheus-alerts.test.yaml").toString())).isEmpty();
		// The dashboard's queries as recording rules, so that promtool parses every one of them.
		StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
		List<String> expressions = expressions();
		for (int i = 0; i < expressions.size(); i++) {
			rules.append("      - record: dashboard:query_").append(i).append("\n        expr: '")
				.append(expressions.get(i).replace("'", "''")).append("'\n");
		}
		Path file = Files.createTempFile("dashboard-rules", ".yaml");
		Files.writeString(file, rules);
		assertThat(promtool("check", "rules", file.toString())).isEmpty();
		Files.delete(file);
	}

	private static List<String> expressions() throws IOException {
		List<String> expressions = new ArrayList<>();
		JsonMapper.builder().build().readTree(Files.readString(DASHBOARD)).get("panels")
			.forEach(panel -> panel.get("targets").forEach(target -> expressions.add(target.get("expr").asString())));
		return expressions;
	}

	/** Metric names in {@code texts} that no meter of the service (a "controlplane.*" name in the code) exports. */
	private static List<String> unknownMetrics(List<String> texts) throws IOException {
		Set<String> registered = new HashSet<>();
		Pattern meterName = Pattern.compile("\"(controlplane(\\.[a-z]+)+)\"");
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher names = meterName.matcher(Files.readString(source));
				while (names.find()) {
					registered.add(names.group(1).replace('.', '_'));
				}
			}
		}
		List<String> unknown = new ArrayList<>();
		for (String text : texts) {
			Matcher used = METRIC.matcher(text);
			while (used.find()) {
				String name = used.group(1);
				boolean known = registered.stream().anyMatch(base -> name.equals(base)
						|| name.matches(Pattern.quote(base) + "(_seconds)?_(count|sum|max|total|bucket)"));
				if (!known) {
					unknown.add(name);
				}
			}
		}
		return unknown;
	}

	private static boolean promtoolInstalled() {
		try {
			Process process = new ProcessBuilder("promtool", "--version").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Runs promtool; returns its output when it fails, nothing when it succeeds. */
	private static String promtool(String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of("promtool"));
		command.addAll(List.of(arguments));
		File log = File.createTempFile("promtool", ".log");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return "promtool timed out";
			}
			return process.exitValue() == 0 ? "" : Files.readString(log.toPath(), StandardCharsets.UTF_8);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		finally {
			Files.delete(log.toPath());
		}
	}

}
