package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An IAM role of the simulated account.
 *
 * @param name unique in the account, compared ignoring case
 * @param path "/" or "/a/b/"
 * @param roleId IAM's unique id, AROA...
 * @param arn arn:aws:iam::account:role{path}{name}
 * @param trustPolicy the assume-role policy document, as sent
 * @param description free text
 * @param createdAt creation time
 * @param tags the role's tags, in the order they were set
 * @param inlinePolicies policy name to document, as sent
 */
record SimulatedRole(String name, String path, String roleId, String arn, String trustPolicy, String description,
		Instant createdAt, Map<String, String> tags, Map<String, String> inlinePolicies) {

	SimulatedRole {
		tags = new LinkedHashMap<>(tags);
		inlinePolicies = new LinkedHashMap<>(inlinePolicies);
	}

	SimulatedRole withTrustPolicy(String document) {
		return new SimulatedRole(name, path, roleId, arn, document, description, createdAt, tags, inlinePolicies);
	}

	SimulatedRole withTags(Map<String, String> added) {
		Map<String, String> merged = new LinkedHashMap<>(tags);
		merged.putAll(added);
		return new SimulatedRole(name, path, roleId, arn, trustPolicy, description, createdAt, merged, inlinePolicies);
	}

	SimulatedRole withPolicy(String policyName, String document) {
		Map<String, String> policies = new LinkedHashMap<>(inlinePolicies);
		if (document == null) {
			policies.remove(policyName);
		}
		else {
			policies.put(policyName, document);
		}
		return new SimulatedRole(name, path, roleId, arn, trustPolicy, description, createdAt, tags, policies);
	}

}
