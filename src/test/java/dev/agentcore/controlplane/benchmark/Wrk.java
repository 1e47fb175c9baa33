package dev.agentcore.controlplane.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (Debian package "wrk"), when installed: a load generator in its own process, so the figures
 * show what the service does when it does not share its JVM with the client.
 */
final class Wrk {

	private Wrk() {
	}

	static boolean available() {
		try {
			return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor(5, TimeUnit.SECONDS);
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
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("wrk", "-t2", "-c" + connections,
				"-d" + duration.toSeconds() + "s", "--latency", "-H", "Authorization: Bearer " + token));
		if (!paths.isEmpty()) {
			java.nio.file.Path script = java.nio.file.Files.createTempFile("wrk-paths", ".lua");
			script.toFile().deleteOnExit();
			java.nio.file.Files.writeString(script, "paths = {" + String.join(",", paths.stream().map(p -> "\"" + p + "\"").toList())
					+ "}\nrequest = function()\n  return wrk.format(nil, paths[math.random(#paths)])\nend\n");
			command.add("-s");
			command.add(script.toString());
		}
		command.add(url);
		new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		double perSecond = number(output, "Requests/sec:\\s+([0-9.]+)");
		long requests = (long) number(output, "([0-9]+) requests in");
		long errors = (long) number(output, "Non-2xx or 3xx responses: ([0-9]+)");
		return new LoadRun.Result(scenario, requests, errors, perSecond, millis(output, "50%"), millis(output, "99%"));
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
