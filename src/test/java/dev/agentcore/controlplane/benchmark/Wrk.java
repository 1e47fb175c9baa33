package dev.agentcore.controlplane.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (Debian package "wrk"), when installed: a load generator in its own process, so the figures
 * show what the service does when it does not share its JVM with the client. {@code WRK} names the binary
 * when it is not on the PATH (ops/benchmark/run.sh fetches the Debian package into target/ when needed).
 */
final class Wrk {

	private Wrk() {
	}

	static boolean available() {
		try {
			return new ProcessBuilder(binary(), "--version").redirectErrorStream(true).start().waitFor(5, TimeUnit.SECONDS);
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	static LoadRun.Result run(String scenario, String url, String token, int connections, Duration duration)
			throws IOException, InterruptedException {
		return run(scenario, url, token, connections, duration, java.util.List.of());
	}

	/** With {@code paths}, each request takes a random one of them (a Lua script), so rows vary like real traffic. */
	static LoadRun.Result run(String scenario, String url, String token, int connections, Duration duration,
			java.util.List<String> paths) throws IOException, InterruptedException {
		return run(scenario, url, token, connections, duration, paths.isEmpty() ? null : "paths = {"
				+ String.join(",", paths.stream().map(p -> "\"" + p + "\"").toList())
				+ "}\nrequest = function()\n  return wrk.format(nil, paths[math.random(#paths)])\nend\n", true);
	}

	/** POSTs of the JSON {@code body} in which %d becomes a number unique to each request of the run. */
	static LoadRun.Result post(String scenario, String url, String token, int connections, Duration duration, String body)
			throws IOException, InterruptedException {
		String[] parts = body.split("%d", 2);
		// Each wrk thread has its own Lua state: the run's prefix, the thread's number and a counter make names unique.
		String lua = """
				local counter = 0
				local threads = 0
				function setup(thread)
				  threads = threads + 1
				  thread:set("id", threads)
				end
				wrk.method = "POST"
				wrk.headers["Content-Type"] = "application/json"
				request = function()
				  counter = counter + 1
				  return wrk.format(nil, nil, nil, [==[%s]==] .. "%s-" .. id .. "-" .. counter .. [==[%s]==])
				end
				""".formatted(parts[0], java.util.UUID.randomUUID().toString().substring(0, 8), parts[1]);
		return run(scenario, url, token, connections, duration, lua, false);
	}

	/** Runs wrk with the Lua {@code script} (none: GET {@code url}), after a warm-up run of the same length if asked. */
	static LoadRun.Result run(String scenario, String url, String token, int connections, Duration duration, String script,
			boolean warmUp) throws IOException, InterruptedException {
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(binary(), "-t2", "-c" + connections,
				"-d" + duration.toSeconds() + "s", "--latency", "-H", "Authorization: Bearer " + token));
		if (script != null) {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("wrk", ".lua");
			file.toFile().deleteOnExit();
			java.nio.file.Files.writeString(file, script);
			command.add("-s");
			command.add(file.toString());
		}
		command.add(url);
		if (warmUp) {
			new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		double perSecond = number(output, "Requests/sec:\\s+([0-9.]+)");
		long requests = (long) number(output, "([0-9]+) requests in");
		long errors = (long) number(output, "Non-2xx or 3xx responses: ([0-9]+)");
		return new LoadRun.Result(scenario, requests, errors, perSecond, millis(output, "50%"), millis(output, "99%"));
	}

	private static String binary() {
		String configured = System.getenv("WRK");
		return configured == null || configured.isBlank() ? "wrk" : configured;
	}

	private static double number(String output, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(output);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private static double millis(String output, String percentile) {
		Matcher matcher = Pattern.compile(percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
		if (!matcher.find()) {
			return 0;
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

}
