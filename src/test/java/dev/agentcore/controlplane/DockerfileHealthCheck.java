package dev.agentcore.controlplane;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the Dockerfile's HEALTHCHECK asks the running jar: one HTTP GET on 127.0.0.1. */
final class DockerfileHealthCheck {

	static final Path DOCKERFILE = Path.of("Dockerfile");

	private static final Pattern REQUEST = Pattern
		.compile("HEALTHCHECK[^\\n]*(?:\\\\\\n[^\\n]*)*?/dev/tcp/127\\.0\\.0\\.1/(\\d+).*?GET (\\S+) HTTP", Pattern.DOTALL);

	private DockerfileHealthCheck() {
	}

	static String path() {
		return matcher().group(2);
	}

	static int port() {
		return Integer.parseInt(matcher().group(1));
	}

	private static Matcher matcher() {
		Matcher matcher = REQUEST.matcher(text());
		if (!matcher.find()) {
			throw new AssertionError("the Dockerfile's HEALTHCHECK no longer sends GET <path> to /dev/tcp/127.0.0.1/<port>");
		}
		return matcher;
	}

	static String text() {
		try {
			return Files.readString(DOCKERFILE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
