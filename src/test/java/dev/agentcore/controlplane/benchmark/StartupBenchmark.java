package dev.agentcore.controlplane.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.support.BuiltJar;
import dev.agentcore.controlplane.support.TestDatabase;

/**
 * Start-up alone (issue #27, "healthy in <= 4 s"), in two minutes instead of ShippedJarBenchmark's four: the
 * packaged jar migrates a durable PostgreSQL once, then the image's way of starting (extracted jar, JDK AOT cache,
 * Spring AOT, ENTRYPOINT flags; {@link ImageStart}) is timed to {@code /actuator/health} 200 against that migrated
 * schema and the simulated AgentCore, in turns with the same start without Spring AOT, and the image's median start's
 * log is printed as a timeline (seconds after the JVM was launched). Run with {@code ./mvnw -B -Pbenchmark verify -Dcodegen.skip=true -Dit.test=StartupBenchmark}
 * ({@code -Dbenchmark.starts=5} for more starts); {@code JDK_JAVA_OPTIONS} in {@code -Dbenchmark.jvm} adds JVM
 * options to the timed starts only (a recording, a log).
 */
class StartupBenchmark {

	static final int STARTS = Integer.getInteger("benchmark.starts", 3);

	private static final Pattern LINE = Pattern
		.compile("\"@timestamp\":\"([^\"]+)\".*?\"logger\":\"([^\"]+)\".*?\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"");

	@Test
	void theImageStartsToHealthy() throws Exception {
		TestDatabase.Connection db = TestDatabase.durable("startup_benchmark");
		String[] quiet = { "--logging.level.root=WARN" };
		try (BuiltJar simulator = BuiltJar.start(Map.of(), "--spring.profiles.active=simulator", quiet[0])
			.awaitHealthy(Duration.ofSeconds(300))) {
			Map<String, String> environment = environment(db, simulator);
			long migrating = System.nanoTime();
			try (BuiltJar first = BuiltJar.start(environment, quiet).awaitHealthy(Duration.ofSeconds(300))) {
				System.out.printf("%nfirst start, migrating an empty database (java -jar): %.2f s%n",
						(System.nanoTime() - migrating) / 1e9);
			}
			// The image as it ships, and as it was before Spring AOT (same JDK AOT cache training, without the flag),
			// started in turns so that the machine's load falls on both alike.
			ImageStart image = ImageStart.build(Path.of("target", "benchmark", "startup-image"));
			ImageStart before = ImageStart.build(Path.of("target", "benchmark", "startup-image-without-spring-aot"),
					BuiltJar.JVM_FLAGS);
			String jvm = System.getProperty("benchmark.jvm", "");
			if (!jvm.isBlank()) {
				environment.put("JDK_JAVA_OPTIONS", jvm);
			}
			List<Double> seconds = new ArrayList<>();
			List<Double> secondsBefore = new ArrayList<>();
			Map<Double, List<String>> timelines = new HashMap<>();
			for (int i = 0; i < STARTS; i++) {
				secondsBefore.add(before.timeToHealthy(environment, List.of()));
				Instant launched = Instant.now();
				double took = image.timeToHealthy(environment, List.of());
				seconds.add(took);
				timelines.put(took, timeline(launched, Files.readString(image.log())));
			}
			double median = median(seconds);
			StringBuilder report = new StringBuilder("\nStart-up benchmark (issue #27): the image's start to healthy\n");
			report.append(String.format("PostgreSQL: %s; %d cores; load: %s%n", db.source(),
					Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/loadavg")).strip()));
			report.append(String.format("without Spring AOT (JDK AOT cache only), s: %s, median %.2f%n", rounded(secondsBefore),
					median(secondsBefore)));
			report.append(String.format("as the image (Spring AOT + JDK AOT cache), s: %s, median %.2f (goal <= 4: %s)%n%n",
					rounded(seconds), median, median <= 4 ? "met" : "NOT met"));
			report.append("the image's median start, its log in seconds after launch:\n");
			timelines.get(median).forEach(line -> report.append(line).append('\n'));
			report.append(String.format("%6.2f  /actuator/health 200%n", median));
			System.out.println(report);
		}
	}

	private static double median(List<Double> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	private static List<String> rounded(List<Double> values) {
		return values.stream().map(value -> String.format("%.2f", value)).toList();
	}

	/** Each logged line as "seconds after launch, logger, message". */
	static List<String> timeline(Instant launched, String log) {
		List<String> lines = new ArrayList<>();
		for (String line : log.split("\n")) {
			Matcher matcher = LINE.matcher(line);
			if (matcher.find()) {
				double at = Duration.between(launched, Instant.parse(matcher.group(1))).toNanos() / 1e9;
				String logger = matcher.group(2).replaceAll(".*\\.", "");
				String message = matcher.group(3);
				lines.add(String.format("%6.2f  %-28s %s", at, logger.substring(0, Math.min(28, logger.length())),
						message.substring(0, Math.min(110, message.length()))));
			}
		}
		return lines;
	}

	/** The shipped-jar benchmark's environment, with the AWS switches as environment variables (not arguments). */
	private static Map<String, String> environment(TestDatabase.Connection db, BuiltJar simulator) {
		Map<String, String> environment = new HashMap<>(ShippedJarBenchmark.environment(db, simulator));
		environment.put("CONTROLPLANE_AWS_FAKECREDENTIALS", "true");
		environment.put("CONTROLPLANE_AWS_REGION", "us-east-1");
		return environment;
	}

}
