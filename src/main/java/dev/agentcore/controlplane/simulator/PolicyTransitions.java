package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.function.BiFunction;

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
		return settled(engine.status(), engine.name(), List.of(), faults,
				(status, reasons) -> engine.withStatus(status, reasons, engine.settlesAt(), null));
	}

	static SimulatedPolicy policy(SimulatedPolicy policy, Faults faults) {
		return settled(policy.status(), policy.name(), policy.findings(), faults,
				(status, reasons) -> policy.withStatus(status, reasons, policy.settlesAt(), null));
	}

	/** The rule both kinds share, given what the transition was and how the item takes a new status. */
	private static <T> T settled(String transition, String name, List<String> findings, Faults faults,
			BiFunction<String, List<String>, T> withStatus) {
		if (transition.equals("DELETING")) {
			return faults.failsDeletionOf(name) ? withStatus.apply("DELETE_FAILED", deleteFailed(name, faults)) : null;
		}
		List<String> reasons = reasons(name, findings, faults);
		return withStatus.apply(reasons.isEmpty() ? "ACTIVE" : failed(transition), reasons);
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
