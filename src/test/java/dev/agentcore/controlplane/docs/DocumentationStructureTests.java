package dev.agentcore.controlplane.docs;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.agentcore.controlplane.docs.DocumentationPages.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** The README stays a five-minute read, every page is reachable from it, and no page grows into a manual. */
class DocumentationStructureTests {

	@Test
	void readmeIsAtMostTwoHundredLines() {
		assertThat(Page.read(DocumentationPages.README).lines()).as("README.md lines: move details to a docs/ page")
			.hasSizeLessThanOrEqualTo(200);
	}

	@Test
	void everyDocsPageIsLinkedFromTheReadme() {
		String readme = String.join("\n", Page.read(DocumentationPages.README).lines());
		List<String> unlinked = DocumentationPages.docs()
			.stream()
			.map(file -> "docs/" + file.getFileName())
			.filter(link -> !readme.contains("](" + link + ")") && !readme.contains("](" + link + "#"))
			.toList();
		assertThat(unlinked).as("docs pages the README does not link to, as [title](docs/page.md)").isEmpty();
	}

	@Test
	void noPageIsOverTwoHundredFiftyLines() {
		List<String> tooLong = DocumentationPages.docs()
			.stream()
			.map(Page::read)
			.filter(page -> page.lines().size() > 250)
			.map(page -> page.name() + " (" + page.lines().size() + " lines)")
			.toList();
		assertThat(tooLong).as("pages over 250 lines: split them").isEmpty();
	}

	@Test
	void everyLinkToAnotherPageResolves() {
		List<String> broken = new java.util.ArrayList<>();
		for (Path file : allPages()) {
			Page page = Page.read(file);
			java.util.regex.Matcher links = java.util.regex.Pattern.compile("\\]\\(([^)#:\\s]+\\.md)(#[^)]*)?\\)")
				.matcher(String.join("\n", page.lines()));
			while (links.find()) {
				Path target = (file.getParent() == null ? Path.of("") : file.getParent()).resolve(links.group(1)).normalize();
				if (!target.toFile().exists()) {
					broken.add(page.name() + " -> " + links.group(1));
				}
			}
		}
		assertThat(broken).as("links to pages that do not exist").isEmpty();
	}

	private static List<Path> allPages() {
		List<Path> pages = new java.util.ArrayList<>(DocumentationPages.docs());
		pages.add(0, DocumentationPages.README);
		return pages;
	}

}
