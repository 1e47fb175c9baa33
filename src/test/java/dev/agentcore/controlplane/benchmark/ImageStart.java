package dev.agentcore.controlplane.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.agentcore.controlplane.support.BuiltJar;

/**
 * The jar as the Docker image runs it: extracted into one directory (the layers copied together), its AOT cache
 * made by the image's training run (the context refreshed, then exit), started with the ENTRYPOINT's flags, Spring
 * AOT's generated context on (BuildConfigurationTests keeps those and {@link BuiltJar#IMAGE_JVM_FLAGS} equal).
 */
final class ImageStart {

	static final String JAR = "gateway-control-plane.jar";

	private final Path directory;

	private final List<String> flags;

	private ImageStart(Path directory, List<String> flags) {
		this.directory = directory;
		this.flags = flags;
	}

	/** Extracts the built jar and trains its AOT cache as the image does. */
	static ImageStart build(Path directory) throws IOException, InterruptedException {
		return build(directory, BuiltJar.IMAGE_JVM_FLAGS);
	}

	/** As {@link #build(Path)}, with other JVM flags for the training and the starts (the image before Spring AOT). */
	static ImageStart build(Path directory, List<String> flags) throws IOException, InterruptedException {
		deleteTree(directory);
		Path layers = directory.resolve("layers");
		run(List.of(java(), "-Djarmode=tools", "-jar", BuiltJar.file().toAbsolutePath().toString(), "extract", "--layers",
				"--destination", layers.toString()), Path.of("."), true, Map.of());
		Path app = Files.createDirectories(directory.resolve("app"));
		for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
			copyTree(layers.resolve(layer), app);
		}
		try (Stream<Path> files = Files.list(app)) {
			Path jar = files.filter(file -> file.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
			Files.move(jar, app.resolve(JAR));
		}
		List<String> training = new ArrayList<>(List.of(java()));
		training.addAll(flags);
		training.addAll(List.of("-XX:AOTCacheOutput=app.aot", "-Dspring.context.exit=onRefresh", "-jar", JAR));
		// Without a database, as in the Dockerfile: the whole context is built (nothing connects before it is ready).
		run(training, app, true, Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/training", "SPRING_FLYWAY_ENABLED",
				"false", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "http://127.0.0.1:1/training",
				"CONTROLPLANE_SECURITY_ALLOWEDAUDIENCES", "training"));
		if (!Files.exists(app.resolve("app.aot"))) {
			throw new IllegalStateException("the training run made no AOT cache");
		}
		return new ImageStart(app, flags);
	}

	/** The output of the last {@link #timeToHealthy} start. */
	Path log() {
		return directory.resolve("start.log");
	}

	/** Starts it with {@code environment}, waits until healthy and stops it; the seconds it took to be healthy. */
	double timeToHealthy(Map<String, String> environment, List<String> arguments) throws Exception {
		int port = BuiltJar.freePort();
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(flags);
		command.addAll(List.of("-XX:AOTCache=app.aot", "-jar", JAR, "--server.port=" + port));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
			.redirectOutput(directory.resolve("start.log").toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CONTROLPLANE_"));
		builder.environment().putAll(environment);
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			HttpClient http = HttpClient.newHttpClient();
			while (process.isAlive()) {
				try {
					if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
							HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return (System.nanoTime() - started) / 1e9;
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(20);
			}
			throw new AssertionError("the image's start failed: " + Files.readString(directory.resolve("start.log")));
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	private static void run(List<String> command, Path directory, boolean mustSucceed, Map<String, String> environment)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CONTROLPLANE_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0 && mustSucceed) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.exists(from)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void deleteTree(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
