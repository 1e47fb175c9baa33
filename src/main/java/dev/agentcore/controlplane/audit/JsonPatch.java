package dev.agentcore.controlplane.audit;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.agentcore.controlplane.web.UrlRedaction;

/**
 * RFC 6902 patches between two JSON documents. Each replaced or removed value is preceded by a
 * {@code test} of the value it had, so a patch says what changed from what to what (and applying it
 * to anything else fails, as RFC 6902 intends). Values under keys that name secrets are redacted on
 * both sides before the diff, so a secret never enters a patch; so are the secrets inside URLs
 * (user info, credential-like query values: {@link UrlRedaction}) in every string value.
 */
final class JsonPatch {

	static final String REDACTED = "<redacted>";

	/** Words that make a key name a secret, in any case: a key containing one of them. */
	private static final List<String> SECRET_WORDS = List.of("secret", "password", "passphrase", "token", "apikey",
			"api_key", "privatekey", "private_key");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private JsonPatch() {
	}

	/** The operations that turn {@code from} into {@code to}; null stands for an empty object. */
	static ArrayNode diff(JsonNode from, JsonNode to) {
		ArrayNode patch = NODES.arrayNode();
		diff(redact(from == null ? NODES.objectNode() : from), redact(to == null ? NODES.objectNode() : to), "", patch);
		return patch;
	}

	private static void diff(JsonNode from, JsonNode to, String path, ArrayNode patch) {
		if (from.equals(to)) {
			return;
		}
		if (from.isObject() && to.isObject()) {
			for (Map.Entry<String, JsonNode> property : from.properties()) {
				String child = path + "/" + escape(property.getKey());
				JsonNode other = to.get(property.getKey());
				if (other == null || other.isNull()) {
					if (!property.getValue().isNull()) {
						patch.add(op("test", child).set("value", property.getValue()));
						patch.add(op("remove", child));
					}
				}
				else {
					diff(property.getValue(), other, child, patch);
				}
			}
			for (Map.Entry<String, JsonNode> property : to.properties()) {
				JsonNode before = from.get(property.getKey());
				if ((before == null || before.isNull()) && !property.getValue().isNull()) {
					patch.add(op("add", path + "/" + escape(property.getKey())).set("value", property.getValue()));
				}
			}
			return;
		}
		if (from.isArray() && to.isArray() && from.size() == to.size()) {
			for (int i = 0; i < from.size(); i++) {
				diff(from.get(i), to.get(i), path + "/" + i, patch);
			}
			return;
		}
		patch.add(op("test", path).set("value", from));
		patch.add(op("replace", path).set("value", to));
	}

	/** A copy in which every value under a key that names a secret is replaced by a marker. */
	static JsonNode redact(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = NODES.objectNode();
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				boolean secret = namesASecret(property.getKey()) && !property.getValue().isNull();
				copy.set(property.getKey(), secret ? NODES.stringNode(REDACTED) : redact(property.getValue()));
			}
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = NODES.arrayNode();
			for (Iterator<JsonNode> items = node.values().iterator(); items.hasNext();) {
				copy.add(redact(items.next()));
			}
			return copy;
		}
		if (node.isString()) {
			String redacted = UrlRedaction.redactUrls(node.asString());
			return redacted.equals(node.asString()) ? node : NODES.stringNode(redacted);
		}
		return node;
	}

	/**
	 * Whether a key names a secret: it contains one of {@link #SECRET_WORDS} in any case. (A regular expression
	 * matched against every key of every audited spec was a quarter of the audit's CPU, issue #27.)
	 */
	static boolean namesASecret(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		for (String word : SECRET_WORDS) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static ObjectNode op(String name, String path) {
		return NODES.objectNode().put("op", name).put("path", path);
	}

	private static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

}
