package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The simulated account's transitions: CREATING, UPDATING and SYNCHRONIZING end READY (or failed,
 * for names the faults doom), DELETING ends with the resource gone. A target whose consent is still
 * awaited ends in CREATE_PENDING_AUTH or UPDATE_PENDING_AUTH instead, and carries on to READY once
 * the consent is given. A synchronization the faults make ask for consent again ends in
 * SYNCHRONIZE_PENDING_AUTH, with a new consent URL. They complete lazily, when the
 * account is next looked at after their time.
 */
final class Transitions {

	private Transitions() {
	}

	/** Completes every transition whose time has come; returns whether anything changed. */
	static boolean settle(Map<String, SimulatedGateway> gateways, Map<String, SimulatedTarget> targets,
			SimulatorStats stats, Faults current, Instant now) {
		boolean changed = false;
		for (SimulatedTarget target : List.copyOf(targets.values())) {
			if (target.inTransition() && !now.isBefore(target.settlesAt())) {
				changed = true;
				if (target.status().equals("DELETING")) {
					targets.remove(target.targetId());
					stats.targetsDeleted++;
				}
				else if (target.consent() != null && !target.consent().given()
						&& (target.status().equals("CREATING") || target.status().equals("UPDATING"))) {
					// The gateway cannot act as the user yet: AgentCore parks the target until a person consents.
					String pending = target.status().equals("CREATING") ? "CREATE_PENDING_AUTH" : "UPDATE_PENDING_AUTH";
					targets.put(target.targetId(), target.withStatus(pending, List.of(), target.settlesAt(), null));
				}
				else if (target.status().equals("SYNCHRONIZING") && target.consent() != null
						&& current.asksConsentOnSynchronizing(target.name())) {
					// The user's token no longer serves: AgentCore asks the person again before it lists the tools.
					targets.put(target.targetId(), target.withConsent(TargetStates.renewed(target.consent()))
						.withStatus("SYNCHRONIZE_PENDING_AUTH", List.of(), target.settlesAt(), null));
				}
				else {
					targets.put(target.targetId(), target.withStatus(outcome(target.status(), target.name(), current),
							reasons(target.name(), current), target.settlesAt(), null));
				}
			}
		}
		for (SimulatedGateway gateway : List.copyOf(gateways.values())) {
			if (gateway.inTransition() && !now.isBefore(gateway.settlesAt())) {
				changed = true;
				if (gateway.status().equals("DELETING")) {
					gateways.remove(gateway.gatewayId());
					stats.gatewaysDeleted++;
				}
				else {
					gateways.put(gateway.gatewayId(), gateway.withStatus(
							outcome(gateway.status(), gateway.name(), current), reasons(gateway.name(), current),
							gateway.settlesAt(), null));
				}
			}
		}
		return changed;
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
