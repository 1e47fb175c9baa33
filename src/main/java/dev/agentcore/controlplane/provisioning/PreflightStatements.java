package dev.agentcore.controlplane.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.agentcore.controlplane.permissions.PermissionPlan;
import dev.agentcore.controlplane.provisioning.Preflight.PermissionsOf;

/**
 * The part of the preflight that asks the policy simulator whether the role may do what the
 * planner's permission statements say the targets need: invoke their Lambdas and read their schema
 * objects (with the statement's conditions, e.g. {@code s3:ResourceAccount}, as context).
 */
final class PreflightStatements {

	private final IamChecks iam;

	private final JsonMapper json;

	PreflightStatements(IamChecks iam, JsonMapper json) {
		this.iam = iam;
		this.json = json;
	}

	void check(PermissionPlan plan, String roleArn, PreflightFindings findings) {
		String roleAccount = roleArn.split(":", 6)[4];
		Map<String, String> crossAccount = new LinkedHashMap<>();
		plan.lambdaResourcePolicies().stream().filter(PermissionPlan.LambdaResourcePolicy::crossAccount)
			.forEach(lambda -> crossAccount.put(lambda.functionArn(), lambda.cli()));
		for (Map<String, Object> statement : PermissionsOf.statements(plan.executionRole().permissionsPolicy())) {
			List<String> actions = PermissionsOf.strings(statement.get("Action")).stream().filter(PermissionsOf::checked).toList();
			if (actions.isEmpty()) {
				continue;
			}
			List<String> resources = new ArrayList<>();
			for (String resource : PermissionsOf.strings(statement.get("Resource"))) {
				if (crossAccount.containsKey(resource)) {
					findings.note("Lambda " + resource + " is in another account than the role (" + roleAccount + "): its "
							+ "resource-based policy cannot be checked from this account. Its owner grants it with: "
							+ crossAccount.get(resource));
				}
				else {
					resources.add(resource);
				}
			}
			if (!resources.isEmpty()) {
				simulate(statement, actions, resources, roleArn, findings);
			}
		}
	}

	private void simulate(Map<String, Object> statement, List<String> actions, List<String> resources, String roleArn,
			PreflightFindings findings) {
		List<IamChecks.Decision> decisions = iam.simulate(roleArn, actions, resources, context(statement));
		List<String> refused = decisions.stream().filter(decision -> !decision.allowed())
			.map(decision -> decision.action() + " on " + decision.resource() + " (" + decision.decision() + ")")
			.toList();
		if (refused.isEmpty()) {
			findings.checked("may " + String.join(", ", actions) + " on " + resources.size() + " resource(s)");
			return;
		}
		findings.missing("ROLE_PERMISSION_MISSING", "Execution role " + roleArn + " may not " + String.join("; ", refused)
				+ ": its permissions policy lacks the statement " + statement.get("Sid") + ".", json.writeValueAsString(statement));
	}

	/** The keys a statement's StringEquals conditions test, with the values that satisfy them. */
	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> context(Map<String, Object> statement) {
		Map<String, List<String>> context = new LinkedHashMap<>();
		if (statement.get("Condition") instanceof Map<?, ?> condition
				&& condition.get("StringEquals") instanceof Map<?, ?> equals) {
			((Map<String, Object>) equals).forEach((key, value) -> context.put(key, PermissionsOf.strings(value)));
		}
		return context;
	}

}
