package dev.agentcore.controlplane.servicemodel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * How what AWS answers is compared with what was sent: AWS fills the model's defaults, may return
 * lists of strings in another order, reformats Cedar statements and masks secret values, none of
 * which is a change. Used by the drift comparison; the simulator's {@code normalize} fault does all
 * four so that tests meet them.
 */
public final class AwsAnswers {

	/** What AWS returns in place of a secret value. */
	public static final String MASK = "********";

	private AwsAnswers() {
	}

	/** Whether {@code held} (from AWS) says the same as {@code wanted}: strings lists as multisets, masks as any value. */
	public static boolean same(JsonNode held, JsonNode wanted) {
		if (held == null || held.isNull() || held.isMissingNode()) {
			return wanted == null || wanted.isNull() || wanted.isMissingNode();
		}
		if (wanted == null || wanted.isNull() || wanted.isMissingNode()) {
			return false;
		}
		if (held.isString() && held.asString().equals(MASK) && wanted.isString()) {
			return true;
		}
		if (held.isArray() && wanted.isArray()) {
			if (held.size() != wanted.size()) {
				return false;
			}
			if (strings(held) && strings(wanted)) {
				return sorted(held).equals(sorted(wanted));
			}
			for (int i = 0; i < held.size(); i++) {
				if (!same(held.get(i), wanted.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (held.isObject() && wanted.isObject()) {
			if (held.size() != wanted.size()) {
				return false;
			}
			for (Iterator<Map.Entry<String, JsonNode>> entries = wanted.properties().iterator(); entries.hasNext();) {
				Map.Entry<String, JsonNode> entry = entries.next();
				if (!held.has(entry.getKey()) || !same(held.get(entry.getKey()), entry.getValue())) {
					return false;
				}
			}
			return true;
		}
		return held.equals(wanted);
	}

	/** Two Cedar statements alike but for whitespace outside string literals. */
	public static boolean sameStatement(String held, String wanted) {
		return held == null ? wanted == null : wanted != null && cedarTokens(held).equals(cedarTokens(wanted));
	}

	/** A Cedar statement with whitespace outside string literals removed where it separates nothing. */
	static String cedarTokens(String statement) {
		boolean[] space = { false };
		return CedarText.rewritten(statement, (out, c) -> {
			if (Character.isWhitespace(c)) {
				space[0] = true;
				return;
			}
			if (space[0] && !out.isEmpty() && word(out.charAt(out.length() - 1)) && word(c)) {
				out.append(' ');
			}
			space[0] = false;
			out.append(c);
		});
	}

	private static boolean word(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '"';
	}

	private static boolean strings(JsonNode array) {
		return array.valueStream().allMatch(JsonNode::isString);
	}

	private static List<String> sorted(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		values.sort(null);
		return values;
	}

}
