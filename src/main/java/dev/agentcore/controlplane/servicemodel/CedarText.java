package dev.agentcore.controlplane.servicemodel;

/**
 * A Cedar statement rewritten outside its string literals, which are copied as they are (escapes included):
 * what comparing statements alike but for whitespace and laying them out as AWS's formatter does share.
 */
public final class CedarText {

	private CedarText() {
	}

	/** What becomes of one character outside the string literals (an opening quote included). */
	@FunctionalInterface
	public interface Outside {

		void append(StringBuilder out, char c);

	}

	/** The statement with each character outside its string literals handed to {@code outside}. */
	public static String rewritten(String statement, Outside outside) {
		StringBuilder out = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < statement.length(); i++) {
			char c = statement.charAt(i);
			if (quoted) {
				out.append(c);
				if (c == '\\' && i + 1 < statement.length()) {
					out.append(statement.charAt(++i));
				}
				else if (c == '"') {
					quoted = false;
				}
				continue;
			}
			outside.append(out, c);
			quoted = c == '"';
		}
		return out.toString();
	}

}
