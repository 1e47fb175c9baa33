package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether two IAM policy documents say the same, as IAM reads them: a single value and a one-element array are
 * the same, the order of a list of values (actions, principals, resources) does not matter, an account id as an
 * AWS principal is its {@code :root} ARN, and member order does not matter. What AWS gives back may be reformatted;
 * only a difference in meaning is drift.
 */
final class PolicyDocumentEquivalence {

	private PolicyDocumentEquivalence() {
	}

	static boolean same(JsonNode held, JsonNode wanted) {
		if (held == null || wanted == null) {
			return held == wanted;
		}
		return normal(held, null).equals(normal(wanted, null));
	}

	private static JsonNode normal(JsonNode node, String member) {
		if (node.isObject()) {
			ObjectNode sorted = JsonNodeFactory.instance.objectNode();
			Map<String, JsonNode> members = new TreeMap<>();
			node.properties().forEach(entry -> members.put(entry.getKey(), normal(entry.getValue(), entry.getKey())));
			members.forEach(sorted::set);
			return sorted;
		}
		if (node.isArray() && node.size() == 1 && !"Statement".equals(member)) {
			return normal(node.get(0), member);
		}
		if (node.isArray()) {
			List<JsonNode> items = new ArrayList<>();
			node.values().forEach(item -> items.add(normal(item, member)));
			if (!"Statement".equals(member)) {
				items.sort((a, b) -> a.toString().compareTo(b.toString()));
			}
			return JsonNodeFactory.instance.arrayNode().addAll(items);
		}
		if ("AWS".equals(member) && node.isString() && node.asString().matches("[0-9]{12}")) {
			return JsonNodeFactory.instance.stringNode("arn:aws:iam::" + node.asString() + ":root");
		}
		return node;
	}

}
