package dev.agentcore.controlplane;

import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar leaves the embedded PostgreSQL out, and {@code ./mvnw spring-boot:run} (the
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
