package dev.agentcore.controlplane.cedar;

import java.nio.charset.StandardCharsets;

/**
 * Turns Cedar's source offsets into lines and columns. Cedar (in Rust) counts UTF-8 bytes; people
 * count characters, so a statement with an accent before the error still points at the right column.
 */
final class SourcePositions {

	private SourcePositions() {
	}

	static PolicyIssue at(String source, int byteOffset, String message) {
		byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
		int end = Math.max(0, Math.min(byteOffset, bytes.length));
		String before = new String(bytes, 0, end, StandardCharsets.UTF_8);
		return atChar(before, before.length(), message);
	}

	/** The position of a character offset (e.g. found with {@link String#indexOf}). */
	static PolicyIssue atChar(String source, int charOffset, String message) {
		int line = 1;
		int lineStart = 0;
		int end = Math.max(0, Math.min(charOffset, source.length()));
		for (int i = 0; i < end; i++) {
			if (source.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		int column = source.codePointCount(lineStart, end) + 1;
		return new PolicyIssue(line, column, message);
	}

}
