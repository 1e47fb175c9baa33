package dev.agentcore.controlplane.permissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM policy document in a stable member order (Version, Statement; Sid, Effect, Principal,
 * Action, Resource, Condition), so portals can diff what the planner returns.
 */
final class PolicyDocument {

	private final List<Map<String, Object>> statements = new ArrayList<>();

	PolicyDocument allow(String sid, List<String> actions, List<String> resources) {
		return allow(sid, null, actions, resources, null);
	}

	PolicyDocument allow(String sid, Map<String, Object> principal, List<String> actions, List<String> resources,
			Map<String, Object> condition) {
		Map<String, Object> statement = new LinkedHashMap<>();
		statement.put("Sid", sid);
		statement.put("Effect", "Allow");
		if (principal != null) {
			statement.put("Principal", principal);
		}
		statement.put("Action", actions.size() == 1 ? actions.getFirst() : List.copyOf(actions));
		if (resources != null) {
			statement.put("Resource", resources.size() == 1 ? resources.getFirst() : List.copyOf(resources));
		}
		if (condition != null) {
			statement.put("Condition", condition);
		}
		statements.add(statement);
		return this;
	}

	boolean isEmpty() {
		return statements.isEmpty();
	}

	Map<String, Object> json() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("Version", "2012-10-17");
		document.put("Statement", List.copyOf(statements));
		return document;
	}

	static Map<String, Object> condition(String operator, String key, Object value) {
		Map<String, Object> inner = new LinkedHashMap<>();
		inner.put(key, value);
		Map<String, Object> condition = new LinkedHashMap<>();
		condition.put(operator, inner);
		return condition;
	}

}
