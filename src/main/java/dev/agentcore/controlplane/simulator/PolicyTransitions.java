package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The transitions of the simulated account's policy engines and policies: CREATING and UPDATING end
 * ACTIVE, or CREATE_FAILED / UPDATE_FAILED with the statement's findings (or for names the faults doom);
 * DELETING ends with the resource gone, or DELETE_FAILED for names the faults doom (a repeated delete
 * tries again). Like gateways', they complete lazily.
 */
final class PolicyTransitions {

	private PolicyTransitions() {
	}

	/** Completes every transition whose time has come; returns whether anything changed. */
	static boolean settle(Map<String, SimulatedPolicyEngine> engines, Map<String, SimulatedPolicy> policies, Faults faults,
			Instant now) {
		boolean changed = false;
		for (SimulatedPolicy policy : List.copyOf(policies.values())) {
			if (policy.inTransition() && !now.isBefore(policy.settlesAt())) {
				changed = true;
				if (policy.status().equals("DELETING")) {
					if (faults.failsDeletionOf(policy.name())) {
						policies.put(policy.policyId(), policy.withStatus("DELETE_FAILED", deleteFailed(policy.name(), faults),
								policy.settlesAt(), null));
					}
					else {
						policies.remove(policy.policyId());
					}
					continue;
				}
				List<String> reasons = reasons(policy.name(), policy.findings(), faults);
				policies.put(policy.policyId(), policy.withStatus(reasons.isEmpty() ? "ACTIVE" : failed(policy.status()),
						reasons, policy.settlesAt(), null));
			}
		}
		for (SimulatedPolicyEngine engine : List.copyOf(engines.values())) {
			if (engine.inTransition() && !now.isBefore(engine.settlesAt())) {
				changed = true;
				if (engine.status().equals("DELETING")) {
					if (faults.failsDeletionOf(engine.name())) {
						engines.put(engine.policyEngineId(), engine.withStatus("DELETE_FAILED", deleteFailed(engine.name(), faults),
								engine.settlesAt(), null));
					}
					else {
						engines.remove(engine.policyEngineId());
					}
					continue;
				}
				List<String> reasons = reasons(engine.name(), List.of(), faults);
				engines.put(engine.policyEngineId(), engine.withStatus(reasons.isEmpty() ? "ACTIVE" : failed(engine.status()),
						reasons, engine.settlesAt(), null));
			}
		}
		return changed;
	}

	private static String failed(String transition) {
		return transition.equals("CREATING") ? "CREATE_FAILED" : "UPDATE_FAILED";
	}

	private static List<String> deleteFailed(String name, Faults faults) {
		return List.of("Simulated failure: deleting " + name + " failed (the name matches '" + faults.failDeletesMatching()
				+ "'); delete it again");
	}

	private static List<String> reasons(String name, List<String> findings, Faults faults) {
		if (faults.failsName(name)) {
			return List.of("Simulated failure: the name " + name + " matches '" + faults.failNamesMatching() + "'");
		}
		return findings;
	}

}
