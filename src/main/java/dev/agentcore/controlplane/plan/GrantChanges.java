package dev.agentcore.controlplane.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.agentcore.controlplane.permissions.PermissionPlan;

/**
 * Two sets of planned policies compared grant by grant — one action on one resource (or for one
 * principal) — so a new Lambda target shows as exactly its function gained, not as a statement lost
 * and a longer one gained.
 */
final class GrantChanges {

	private GrantChanges() {
	}

	static Plan.PermissionChanges between(PermissionPlan before, PermissionPlan after) {
		return new Plan.PermissionChanges(
				diff(before == null ? null : before.executionRole().permissionsPolicy(), after.executionRole().permissionsPolicy()),
				diff(before == null ? null : before.executionRole().trustPolicy(), after.executionRole().trustPolicy()),
				diff(before == null ? null : before.callerPolicy(), after.callerPolicy()));
	}

	static Plan.GrantChanges diff(Map<String, Object> before, Map<String, Object> after) {
		Set<Plan.Grant> old = grants(before);
		Set<Plan.Grant> next = grants(after);
		List<Plan.Grant> gained = new ArrayList<>(next);
		gained.removeAll(old);
		List<Plan.Grant> lost = new ArrayList<>(old);
		lost.removeAll(next);
		return new Plan.GrantChanges(gained, lost);
	}

	static Set<Plan.Grant> grants(Map<String, Object> document) {
		Set<Plan.Grant> grants = new LinkedHashSet<>();
		if (document == null || !(document.get("Statement") instanceof List<?> statements)) {
			return grants;
		}
		for (Object each : statements) {
			if (!(each instanceof Map<?, ?> statement)) {
				continue;
			}
			List<String> resources = strings(statement.get("Resource"));
			for (String action : strings(statement.get("Action"))) {
				for (String resource : resources.isEmpty() ? java.util.Collections.<String>singletonList(null) : resources) {
					grants.add(new Plan.Grant((String) statement.get("Sid"), (String) statement.get("Effect"),
							statement.get("Principal"), action, resource, statement.get("Condition")));
				}
			}
		}
		return grants;
	}

	private static List<String> strings(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(String.valueOf(value));
	}

}
