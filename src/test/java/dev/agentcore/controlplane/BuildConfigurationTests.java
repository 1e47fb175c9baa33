package dev.agentcore.controlplane;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.agentcore.controlplane.support.BuiltJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker image builds and runs the jar the tests start. The production jar leaves the embedded PostgreSQL out, and {@code ./mvnw spring-boot:run} (the
 * embedded default) needs it: the exclusions belong to the repackage execution only. Set on the plugin,
 * they applied to the run goal too, and the README's first command failed with EmbeddedPostgres missing.
 */
class BuildConfigurationTests {

	@Test
	void embeddedPostgresqlIsLeftOutOfTheJarOnlyNotOutOfSpringBootRun() throws Exception {
		Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
		Element plugin = bootPlugin(pom);

		Element pluginConfiguration = child(plugin, "configuration");
		assertThat(pluginConfiguration == null ? "" : pluginConfiguration.getTextContent())
			.as("plugin-wide configuration applies to spring-boot:run as well").doesNotContain("io.zonky");
		NodeList executions = plugin.getElementsByTagName("execution");
		String repackage = "";
		for (int i = 0; i < executions.getLength(); i++) {
			Element execution = (Element) executions.item(i);
			if ("repackage".equals(child(execution, "id").getTextContent())) {
				repackage = child(execution, "configuration").getTextContent();
			}
		}
		assertThat(repackage).contains("io.zonky.test,io.zonky.test.postgres").contains("commons-compress");
	}

	/** The image builds the jar as CI does and runs it as the jar tests do (BuiltJarContractIntegrationTests). */
	@Test
	void theImageBuildsTheSameJarAsCiAndStartsItWithTheJarTestsFlags() throws Exception {
		String dockerfile = DockerfileHealthCheck.text().replace("\\\n", " ");
		String ci = Files.readString(Path.of(".ci", "run"));
		Matcher ciBuild = Pattern.compile("(?m)^\\./mvnw (.*)$").matcher(ci);
		assertThat(ciBuild.find()).as(".ci/run builds with ./mvnw").isTrue();
		Matcher imageBuild = Pattern.compile("RUN \\./mvnw ([^&\n]*\\bpackage\\b[^&\n]*)").matcher(dockerfile);
		assertThat(imageBuild.find()).as("the Dockerfile packages the jar with ./mvnw").isTrue();
		assertThat(artifactOptions(imageBuild.group(1))).as("profiles and properties that change the jar")
			.isEqualTo(artifactOptions(ciBuild.group(1)));

		Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
		String jarName = child(pom.getDocumentElement(), "artifactId").getTextContent() + "-"
				+ child(pom.getDocumentElement(), "version").getTextContent() + ".jar";
		Matcher extract = Pattern.compile("-jar (target/\\S+\\.jar) extract --layers --destination").matcher(dockerfile);
		assertThat(extract.find()).as("the image runs the layers extracted from the built jar").isTrue();
		assertThat(FileSystems.getDefault().getPathMatcher("glob:" + extract.group(1)).matches(Path.of("target", jarName)))
			.as("%s names the jar package builds, %s", extract.group(1), jarName).isTrue();

		Matcher entrypoint = Pattern.compile("ENTRYPOINT \\[(.*)]").matcher(dockerfile);
		assertThat(entrypoint.find()).isTrue();
		List<String> command = Arrays.stream(entrypoint.group(1).split(","))
			.map(word -> word.strip().replaceAll("^\"|\"$", ""))
			.toList();
		assertThat(command.getFirst()).isEqualTo("java");
		assertThat(command.subList(command.size() - 2, command.size())).as("the extracted application jar")
			.containsExactly("-jar", "gateway-control-plane.jar");
		List<String> flags = command.subList(1, command.size() - 2);
		assertThat(flags).as("the image starts from its AOT cache").contains("-XX:AOTCache=app.aot");
		assertThat(flags.stream().filter(flag -> !flag.startsWith("-XX:AOTCache")).toList())
			.as("the JVM flags the image's tests start the jar with").isEqualTo(BuiltJar.IMAGE_JVM_FLAGS);
		Matcher training = Pattern.compile("java ([^\n]*?) -XX:AOTCacheOutput=app\\.aot -Dspring\\.context\\.exit=onRefresh "
				+ "-jar gateway-control-plane\\.jar").matcher(dockerfile);
		assertThat(training.find()).as("the image trains its AOT cache on the jar it starts").isTrue();
		assertThat(List.of(training.group(1).split("\\s+"))).as("a cache trained with other flags is refused at start")
			.isEqualTo(BuiltJar.IMAGE_JVM_FLAGS);

		Matcher exposed = Pattern.compile("(?m)^EXPOSE (\\d+)$").matcher(dockerfile);
		assertThat(exposed.find()).isTrue();
		assertThat(DockerfileHealthCheck.port()).as("the health check asks the port the image exposes")
			.isEqualTo(Integer.parseInt(exposed.group(1)))
			.isEqualTo(8080);
		assertThat(Files.readString(Path.of("src", "main", "resources", "application.yaml")))
			.as("the jar listens on Spring Boot's default port, the one the health check asks").doesNotContain("port:");
		assertThat(DockerfileHealthCheck.path()).isEqualTo("/actuator/health/liveness");
	}

	/** The options of a Maven command line that change what is built: profiles and properties, but not skipping tests. */
	private static Set<String> artifactOptions(String commandLine) {
		return Arrays.stream(commandLine.trim().split("\\s+"))
			.filter(option -> option.startsWith("-P") || option.startsWith("-D"))
			.filter(option -> !option.equals("-DskipTests"))
			.collect(Collectors.toSet());
	}

	private static Element bootPlugin(Document pom) {
		NodeList plugins = pom.getElementsByTagName("plugin");
		for (int i = 0; i < plugins.getLength(); i++) {
			Element plugin = (Element) plugins.item(i);
			Element artifact = child(plugin, "artifactId");
			if (artifact != null && artifact.getTextContent().equals("spring-boot-maven-plugin")
					&& plugin.getParentNode().getParentNode().getNodeName().equals("build")) {
				return plugin;
			}
		}
		throw new AssertionError("no spring-boot-maven-plugin in build/plugins");
	}

	private static Element child(Element parent, String name) {
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				return element;
			}
		}
		return null;
	}

}
