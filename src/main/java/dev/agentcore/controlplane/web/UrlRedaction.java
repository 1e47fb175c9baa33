package dev.agentcore.controlplane.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides the secrets people put inside URLs before a URL is shown back, audited or logged: the
 * user info ({@code user:pass@}) and the values of query parameters whose names look like
 * credentials ({@code api-key}, {@code token}, {@code sig}, {@code password}, ...). Everything else
 * stays, so the URL still says where it points. The one redaction used for audit patches, read
 * responses and log lines.
 */
public final class UrlRedaction {

	public static final String MASK = "***";

	private static final Pattern URL = Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^\\s\"'<>]+");

	private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/?#@]*)@");

	private static final Pattern QUERY_PARAMETER = Pattern.compile("([?&;])([^=&;#]*)=([^&;#]*)");

	private static final Pattern SENSITIVE_NAME = Pattern.compile(
			"(?i).*(key|token|secret|pass|pwd|auth|sig|credential|session|cookie|jwt|bearer|code|private).*");

	private UrlRedaction() {
	}

	/** The URL with its user info and credential-like query values masked; null stays null. */
	public static String redact(String url) {
		if (url == null) {
			return null;
		}
		String withoutUser = USER_INFO.matcher(url).replaceFirst("$1" + MASK + "@");
		int query = withoutUser.indexOf('?');
		if (query < 0) {
			return withoutUser;
		}
		Matcher parameter = QUERY_PARAMETER.matcher(withoutUser);
		StringBuilder redacted = new StringBuilder();
		while (parameter.find()) {
			if (parameter.start() < query) {
				continue;
			}
			String replacement = SENSITIVE_NAME.matcher(decodedName(parameter.group(2))).matches() && !parameter.group(3).isEmpty()
					? parameter.group(1) + parameter.group(2) + "=" + MASK : parameter.group();
			parameter.appendReplacement(redacted, Matcher.quoteReplacement(replacement));
		}
		parameter.appendTail(redacted);
		return redacted.toString();
	}

	/** Free text (a log message, an audited string) with every URL in it redacted. */
	public static String redactUrls(String text) {
		if (text == null || !text.contains("://")) {
			return text;
		}
		Matcher url = URL.matcher(text);
		StringBuilder redacted = new StringBuilder();
		while (url.find()) {
			String found = url.group();
			int end = found.length();
			while (end > 0 && ".,;:)!?".indexOf(found.charAt(end - 1)) >= 0) {
				end--; // sentence punctuation after a URL is not part of it
			}
			url.appendReplacement(redacted,
					Matcher.quoteReplacement(redact(found.substring(0, end)) + found.substring(end)));
		}
		url.appendTail(redacted);
		return redacted.toString();
	}

	/** Whether a URL shown redacted is this one: a client that sends back what it read keeps the original. */
	public static boolean isRedactedFormOf(String candidate, String original) {
		return candidate != null && original != null && !candidate.equals(original) && candidate.equals(redact(original));
	}

	private static String decodedName(String name) {
		return name.replace("%2D", "-").replace("%2d", "-").replace("%5F", "_").replace("%5f", "_");
	}

}
