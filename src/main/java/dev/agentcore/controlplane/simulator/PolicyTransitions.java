package dev.agentcore.controlplane.simulator;

import java.util.List;

/**
 * The shapes and transition rules of the simulated account's policy engines and policies: CREATING and
 * UPDATING end ACTIVE, or CREATE_FAILED / UPDATE_FAILED with the statement's findings (or for names the
 * faults doom); DELETING ends with the resource gone, or DELETE_FAILED for names the faults doom (a
 * repeated delete tries again). Like gateways', they complete lazily ({@link SimulatedStore#settle}).
 */
final class PolicyTransitions {

	static final SimulatedShape<SimulatedPolicyEngine> ENGINES = new SimulatedShape<>(
			SimulatedPolicyEngine::policyEngineId, SimulatedPolicyEngine::sequence, SimulatedPolicyEngine::clientToken,
			SimulatedPolicyEngine::createRequest, SimulatedPolicyEngine::settlesAt, PolicyTransitions::engine);

	static final SimulatedShape<SimulatedPolicy> POLICIES = new SimulatedShape<>(SimulatedPolicy::policyId,
			SimulatedPolicy::sequence, SimulatedPolicy::clientToken, SimulatedPolicy::createRequest,
			SimulatedPolicy::settlesAt, PolicyTransitions::policy);

	private PolicyTransitions() {
	}

	static SimulatedPolicyEngine engine(SimulatedPolicyEngine engine, Faults faults) {
		if (engine.status().equals("DELETING")) {
			return faults.failsDeletionOf(engine.name())
					? engine.withStatus("DELETE_FAILED", deleteFailed(engine.name(), faults), engine.settlesAt(), null)
					: null;
		}
		List<String> reasons = reasons(engine.name(), List.of(), faults);
		return engine.withStatus(reasons.isEmpty() ? "ACTIVE" : failed(engine.status()), reasons, engine.settlesAt(),
				null);
	}

	static SimulatedPolicy policy(SimulatedPolicy policy, Faults faults) {
		if (policy.status().equals("DELETING")) {
			return faults.failsDeletionOf(policy.name())
					? policy.withStatus("DELETE_FAILED", deleteFailed(policy.name(), faults), policy.settlesAt(), null)
					: null;
		}
		List<String> reasons = reasons(policy.name(), policy.findings(), faults);
		return policy.withStatus(reasons.isEmpty() ? "ACTIVE" : failed(policy.status()), reasons, policy.settlesAt(),
				null);
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
