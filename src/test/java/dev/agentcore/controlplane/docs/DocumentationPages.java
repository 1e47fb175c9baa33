package dev.agentcore.controlplane.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * README.md and docs/*.md, and their fenced blocks, as docs/examples.md says to write
 * them: {@code ```bash} blocks run, {@code ```bash no-run} and every other language do not, and shell-like fences
 * that would silently not run ({@code sh}, {@code shell}, {@code console}, unlabelled with {@code curl}) are refused.
 */
final class DocumentationPages {

	static final Path README = Path.of("README.md");

	static final Path DOCS = Path.of("docs");

	private static final Set<String> REFUSED_SHELLS = Set.of("sh", "shell", "console", "zsh", "shell-session");

	private DocumentationPages() {
	}

	/** A page: its path relative to the project (as failures name it) and its lines. */
	record Page(String name, List<String> lines) {

		static Page read(Path file) {
			try {
				return new Page(file.toString().replace('\\', '/'), Files.readAllLines(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static Page of(String name, String text) {
			return new Page(name, Arrays.asList(text.split("\n", -1)));
		}

		/** The fenced blocks, in order. */
		List<Block> blocks() {
			List<Block> blocks = new ArrayList<>();
			String info = null;
			int start = 0;
			List<String> content = new ArrayList<>();
			for (int index = 0; index < lines.size(); index++) {
				String line = lines.get(index);
				String trimmed = line.strip();
				if (info == null && trimmed.startsWith("```")) {
					info = trimmed.substring(3).strip();
					start = index + 2;
					content = new ArrayList<>();
				}
				else if (info != null && trimmed.equals("```")) {
					blocks.add(new Block(this, info, start, List.copyOf(content)));
					info = null;
				}
				else if (info != null) {
					content.add(line);
				}
			}
			return blocks;
		}

	}

	/** A fenced block: its info string ({@code bash}, {@code bash no-run}, {@code json}, ...) and its first line's number. */
	record Block(Page page, String info, int firstLine, List<String> lines) {

		String language() {
			return info.isEmpty() ? "" : info.split("\\s+")[0];
		}

		boolean runs() {
			return info.equals("bash");
		}

		/** Why the block is refused, or null: a shell example that would silently not run. */
		String refusal() {
			if (REFUSED_SHELLS.contains(language())) {
				return "a ```" + language() + " block is not run: write ```bash (runs) or ```bash no-run (does not)";
			}
			if (language().isEmpty() && lines.stream().anyMatch(line -> line.strip().startsWith("curl "))) {
				return "an unlabelled block with curl is not run: write ```bash (runs) or ```bash no-run (does not)";
			}
			if (language().equals("bash") && !runs() && !info.equals("bash no-run")) {
				return "unknown info string ```" + info + ": write ```bash (runs) or ```bash no-run (does not)";
			}
			return null;
		}

	}

	/** README.md first, then docs/*.md alphabetically; only those named in {@code DOCS_PAGES} when it is set. */
	static List<Page> all() {
		List<Path> files = new ArrayList<>();
		files.add(README);
		files.addAll(docs());
		String only = System.getenv("DOCS_PAGES");
		if (only != null && !only.isBlank()) {
			Set<String> wanted = Set.of(only.split("\\s*,\\s*"));
			files.removeIf(file -> !wanted.contains(file.toString()) && !wanted.contains(file.getFileName().toString()));
		}
		return files.stream().map(Page::read).toList();
	}

	/** docs/*.md, alphabetically (none when docs/ does not exist yet). */
	static List<Path> docs() {
		if (!Files.isDirectory(DOCS)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(DOCS)) {
			return files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
