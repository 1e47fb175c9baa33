package dev.agentcore.controlplane.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * The members that differ between two declarations, by path: objects are compared member by
 * member, lists and values as a whole. Members whose change AgentCore cannot apply in place are
 * marked REPLACEMENT.
 */
final class FieldChanges {

	static final String IN_PLACE = "IN_PLACE";

	static final String REPLACEMENT = "REPLACEMENT";

	private FieldChanges() {
	}

	/**
	 * @param before the declaration now (name, type and spec members); null for a new resource
	 * @param after the declaration proposed
	 * @param replacedBy the paths only a new resource can change
	 */
	static List<Plan.FieldChange> between(JsonMapper json, Map<String, Object> before, Map<String, Object> after,
			Set<String> replacedBy) {
		List<Plan.FieldChange> changes = new ArrayList<>();
		diff(json, "", before == null ? NullNode.getInstance() : json.valueToTree(before), json.valueToTree(after),
				replacedBy, changes);
		return changes;
	}

	private static void diff(JsonMapper json, String path, JsonNode old, JsonNode next, Set<String> replacedBy,
			List<Plan.FieldChange> changes) {
		if (old.isObject() && next.isObject() || (path.isEmpty() && next.isObject())) {
			Set<String> members = new LinkedHashSet<>(next.propertyNames());
			if (old.isObject()) {
				members.addAll(old.propertyNames());
			}
			for (String member : members) {
				diff(json, path.isEmpty() ? member : path + "." + member, old.path(member), next.path(member), replacedBy,
						changes);
			}
			return;
		}
		if (absent(old) && absent(next) || old.equals(next)) {
			return;
		}
		changes.add(new Plan.FieldChange(path, value(json, old), value(json, next),
				replacedBy.contains(path) && !absent(old) ? REPLACEMENT : IN_PLACE));
	}

	/** Absent, null, and an empty object or list say the same: nothing declared. */
	private static boolean absent(JsonNode node) {
		return node.isMissingNode() || node.isNull() || (node.isContainer() && node.isEmpty());
	}

	private static Object value(JsonMapper json, JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : json.treeToValue(node, Object.class);
	}

}
