package dev.agentcore.controlplane.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/*.jar}, what {@code package} built and the Docker image runs), started
 * as its own process the way the image starts it: same JVM flags, settings through the environment.
 */
public final class BuiltJar implements AutoCloseable {

	/**
	 * The JVM flags the Dockerfile's ENTRYPOINT passes but its AOT cache, which belongs to the image's extracted jar
	 * (BuildConfigurationTests keeps the two equal): memory capped so the process stays under 400 MB resident.
	 * Metaspace's first threshold (21 MB, raised step by step) made four serial full GCs of 0.1-1.2 s as the jar's
	 * ~97 MB of classes loaded (JFR, issue #27); 128 MB is above them and below the cap, and commits nothing more. A
	 * larger SweeperThreshold (fewer code-cache full GCs) was measured at +20 MB resident and given up: a full GC stalls
	 * the requests in flight, not the p99 (docs/benchmarks.md).
	 */
	public static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xmx192m", "-XX:MetaspaceSize=128m",
			"-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=64m", "-XX:TrimNativeHeapInterval=5000",
			"--enable-native-access=ALL-UNNAMED");

	/**
	 * The image's JVM flags (Dockerfile ENTRYPOINT and AOT cache training, but the cache itself): {@link #JVM_FLAGS}
	 * and Spring AOT's generated context, which the jar carries (pom: spring-aot-process) and uses only when asked.
	 */
	public static final List<String> IMAGE_JVM_FLAGS = java.util.stream.Stream
		.concat(JVM_FLAGS.stream(), java.util.stream.Stream.of("-Dspring.aot.enabled=true"))
		.toList();

	private final Process process;

	private final Path log;

	private final int port;

	private BuiltJar(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/** Starts the jar with {@code environment} (and nothing inherited of SPRING_* / CONTROLPLANE_*) on a free port. */
	public static BuiltJar start(Map<String, String> environment, String... arguments) {
		return start(Path.of("").toAbsolutePath(), JVM_FLAGS, environment, arguments);
	}

	/** Starts the jar as {@link #start(Map, String...)} does, with {@code directory} as its working directory. */
	public static BuiltJar start(Path directory, Map<String, String> environment, String... arguments) {
		return start(directory, JVM_FLAGS, environment, arguments);
	}

	/** Starts the jar with other JVM flags (a benchmark's recording or AOT cache added to {@link #JVM_FLAGS}). */
	public static BuiltJar start(List<String> jvmFlags, Map<String, String> environment, String... arguments) {
		return start(Path.of("").toAbsolutePath(), jvmFlags, environment, arguments);
	}

	private static BuiltJar start(Path directory, List<String> jvmFlags, Map<String, String> environment,
			String... arguments) {
		int port = freePort();
		ProcessBuilder builder = command(jvmFlags, arguments).directory(directory.toFile());
		builder.command().add("--server.port=" + port);
		builder.environment().putAll(environment);
		try {
			return new BuiltJar(builder.start(), builder.redirectOutput().file().toPath(), port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The command line {@code java <jvmFlags> -jar target/<jar> <arguments>}, its output to a temporary log file. */
	public static ProcessBuilder command(List<String> jvmFlags, String... arguments) {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>();
		command.add(java);
		command.addAll(jvmFlags);
		command.addAll(List.of("-jar", file().toAbsolutePath().toString()));
		command.addAll(List.of(arguments));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(File.createTempFile("jar-start", ".log"));
			builder.environment()
				.keySet()
				.removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CONTROLPLANE_"));
			return builder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The settings of {@link TestIssuer#springProperties()} as the environment variables an operator sets. */
	public static Map<String, String> issuerEnvironment() {
		Map<String, String> environment = new java.util.HashMap<>();
		TestIssuer.get().springProperties().forEach((name, value) -> environment.put(variable(name), value.toString()));
		return environment;
	}

	/**
	 * {@link #issuerEnvironment()} without {@code jwk-set-uri}: keys found through {@code issuer-uri} discovery, what the
	 * image's Spring AOT context was generated for (with {@code jwk-set-uri} the image starts without it, slower).
	 */
	public static Map<String, String> discoveryIssuerEnvironment() {
		Map<String, String> environment = issuerEnvironment();
		environment.remove(variable("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
		return environment;
	}

	/** The relaxed-binding environment variable for a property name. */
	public static String variable(String property) {
		return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	public static Path file() {
		try (var files = Files.list(Path.of("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("gateway-control-plane-.*\\.jar"))
				.filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run 'package' first: no jar in target/"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public long pid() {
		return process.pid();
	}

	public int port() {
		return port;
	}

	public String url() {
		return "http://localhost:" + port;
	}

	/** Waits until {@code /actuator/health} answers 200; fails with the process's output if it never does. */
	public BuiltJar awaitHealthy(Duration patience) {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		throw new AssertionError("the jar did not become healthy within " + patience + "; its output:\n" + output());
	}

	public String output() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
