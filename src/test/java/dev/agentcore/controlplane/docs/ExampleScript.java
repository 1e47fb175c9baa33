package dev.agentcore.controlplane.docs;

import java.util.ArrayList;
import java.util.List;

import dev.agentcore.controlplane.docs.DocumentationPages.Block;
import dev.agentcore.controlplane.docs.DocumentationPages.Page;

/**
 * A page's runnable blocks as one bash script of steps. A step is the lines up to a {@code # =>} line (or to the end
 * of its block); the {@code # =>} lines right after it state what the step prints. Steps run in one shell, so a
 * variable one block sets is there in the next.
 */
record ExampleScript(Page page, List<Step> steps) {

	static final String RESULT = "# =>";

	/** Lines {@code firstLine..lastLine} of the page (1-based), and what they must print. */
	record Step(int number, int firstLine, int lastLine, List<String> commands, List<String> expectations) {

		String where(String page) {
			return page + ":" + (firstLine == lastLine ? String.valueOf(firstLine) : firstLine + "-" + lastLine);
		}

	}

	static ExampleScript of(Page page) {
		List<Step> steps = new ArrayList<>();
		for (Block block : page.blocks()) {
			if (!block.runs()) {
				continue;
			}
			List<String> commands = new ArrayList<>();
			List<String> expectations = new ArrayList<>();
			int first = block.firstLine();
			for (int index = 0; index < block.lines().size(); index++) {
				String line = block.lines().get(index);
				int number = block.firstLine() + index;
				if (line.strip().startsWith(RESULT)) {
					expectations.add(line.strip().substring(RESULT.length()).strip());
					boolean nextIsResult = index + 1 < block.lines().size()
							&& block.lines().get(index + 1).strip().startsWith(RESULT);
					if (!nextIsResult) {
						steps.add(new Step(steps.size() + 1, first, number, List.copyOf(commands), List.copyOf(expectations)));
						commands.clear();
						expectations.clear();
						first = number + 1;
					}
				}
				else {
					commands.add(line);
				}
			}
			if (commands.stream().anyMatch(line -> !line.isBlank())) {
				steps.add(new Step(steps.size() + 1, first, block.firstLine() + block.lines().size() - 1,
						List.copyOf(commands), List.of()));
			}
		}
		return new ExampleScript(page, List.copyOf(steps));
	}

	/**
	 * The bash script: {@code set -euo pipefail}, then each step in a group whose output goes to
	 * {@code <n>.out}/{@code <n>.err} in {@code outputs}, followed by {@code <n>.done} once it succeeded. The
	 * documented port 8080 becomes {@code port}.
	 */
	String bash(String outputs, int port) {
		StringBuilder script = new StringBuilder("set -euo pipefail\n");
		for (Step step : steps) {
			script.append("{ :\n");
			for (String command : step.commands()) {
				script.append(command.replace("localhost:8080", "localhost:" + port)
					.replace("127.0.0.1:8080", "127.0.0.1:" + port)).append('\n');
			}
			String file = outputs + "/" + step.number();
			script.append("} > '").append(file).append(".out' 2> '").append(file).append(".err'\n");
			script.append("touch '").append(file).append(".done'\n");
		}
		return script.toString();
	}

}
