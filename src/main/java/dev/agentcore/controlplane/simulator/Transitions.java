package dev.agentcore.controlplane.simulator;

import java.util.List;

/**
 * The simulated account's transitions: CREATING, UPDATING and SYNCHRONIZING end READY (or failed,
 * for names the faults doom), DELETING ends with the resource gone. A target whose consent is still
 * awaited ends in CREATE_PENDING_AUTH or UPDATE_PENDING_AUTH instead, and carries on to READY once
 * the consent is given. A synchronization the faults make ask for consent again ends in
 * SYNCHRONIZE_PENDING_AUTH, with a new consent URL. They complete lazily, when the
 * account is next looked at after their time ({@link SimulatedStore#settle}).
 */
final class Transitions {

	private Transitions() {
	}

	/** Gateways' shape; a completed deletion counts in {@code stats}. */
	static SimulatedShape<SimulatedGateway> gateways(SimulatorStats stats) {
		return new SimulatedShape<>(SimulatedGateway::gatewayId, SimulatedGateway::sequence, SimulatedGateway::clientToken,
				SimulatedGateway::createRequest, SimulatedGateway::settlesAt, (gateway, faults) -> gateway(gateway, faults, stats));
	}

	/** Targets' shape; a completed deletion counts in {@code stats}. */
	static SimulatedShape<SimulatedTarget> targets(SimulatorStats stats) {
		return new SimulatedShape<>(SimulatedTarget::targetId, SimulatedTarget::sequence, SimulatedTarget::clientToken,
				SimulatedTarget::createRequest, SimulatedTarget::settlesAt, (target, faults) -> target(target, faults, stats));
	}

	static SimulatedGateway gateway(SimulatedGateway gateway, Faults current, SimulatorStats stats) {
		if (gateway.status().equals("DELETING")) {
			stats.gatewaysDeleted++;
			return null;
		}
		return gateway.withStatus(outcome(gateway.status(), gateway.name(), current), reasons(gateway.name(), current),
				gateway.settlesAt(), null);
	}

	static SimulatedTarget target(SimulatedTarget target, Faults current, SimulatorStats stats) {
		if (target.status().equals("DELETING")) {
			stats.targetsDeleted++;
			return null;
		}
		if (target.consent() != null && !target.consent().given()
				&& (target.status().equals("CREATING") || target.status().equals("UPDATING"))) {
			// The gateway cannot act as the user yet: AgentCore parks the target until a person consents.
			String pending = target.status().equals("CREATING") ? "CREATE_PENDING_AUTH" : "UPDATE_PENDING_AUTH";
			return target.withStatus(pending, List.of(), target.settlesAt(), null);
		}
		if (target.status().equals("SYNCHRONIZING") && target.consent() != null
				&& current.asksConsentOnSynchronizing(target.name())) {
			// The user's token no longer serves: AgentCore asks the person again before it lists the tools.
			return target.withConsent(TargetStates.renewed(target.consent()))
				.withStatus("SYNCHRONIZE_PENDING_AUTH", List.of(), target.settlesAt(), null);
		}
		return target.withStatus(outcome(target.status(), target.name(), current), reasons(target.name(), current),
				target.settlesAt(), null);
	}

	private static String outcome(String transition, String name, Faults faults) {
		if (!faults.failsName(name)) {
			return "READY";
		}
		return switch (transition) {
			case "CREATING" -> "FAILED";
			case "SYNCHRONIZING" -> "SYNCHRONIZE_UNSUCCESSFUL";
			default -> "UPDATE_UNSUCCESSFUL";
		};
	}

	private static List<String> reasons(String name, Faults faults) {
		return faults.failsName(name)
				? List.of("Simulated failure: the name " + name + " matches '" + faults.failNamesMatching() + "'")
				: List.of();
	}

}
