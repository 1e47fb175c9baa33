package dev.agentcore.controlplane.web;

/**
 * Text the control plane accepts holds no control characters other than tab, CR and LF: PostgreSQL
 * refuses NUL outright (a 500 for whoever sent it), and the others only hide text in logs and
 * consoles.
 */
public final class ControlCharacters {

	public static final String MESSAGE = "must not contain control characters (other than tab, CR and LF)";

	private ControlCharacters() {
	}

	public static boolean present(String value) {
		if (value == null) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/** {@code value} fit to be shown back: every control character written as a backslash, {@code u} and four hex digits. */
	public static String visible(String value) {
		StringBuilder shown = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			shown.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return shown.toString();
	}

}
