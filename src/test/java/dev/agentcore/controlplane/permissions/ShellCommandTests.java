package dev.agentcore.controlplane.permissions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #11, finding 5: a generated command line means, to a real shell, exactly its arguments. */
class ShellCommandTests {

	static final List<String> HOSTILE = List.of("arn:aws:iam::111122223333:role/x;touch /tmp/pwned", "$(id)", "`id`",
			"it's", "a b", "'", "", "new\nline", "*", "plain-safe_value.1:2/3=4,5@6+7%");

	@Test
	void aPosixShellSeesExactlyTheArguments() throws Exception {
		List<String> argv = new ArrayList<>(List.of("printf", "%s\\0"));
		argv.addAll(HOSTILE);
		Process shell = new ProcessBuilder("/bin/sh", "-c", new ShellCommand(argv).line()).redirectErrorStream(true).start();
		String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(shell.waitFor()).isZero();
		assertThat(List.of(output.split("\0", -1)).subList(0, HOSTILE.size())).containsExactlyElementsOf(HOSTILE);
	}

	@Test
	void safeValuesStayReadable() throws IOException {
		assertThat(ShellCommand.of("aws", "lambda", "add-permission", "--region", "us-west-2").line())
			.isEqualTo("aws lambda add-permission --region us-west-2");
		assertThat(ShellCommand.quote("a;b")).isEqualTo("'a;b'");
		assertThat(ShellCommand.quote("it's")).isEqualTo("'it'\"'\"'s'");
	}

}
