package dev.agentcore.controlplane.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Policy engines and their policies per account and region, as {@link SimulatedRegions} holds AgentCore: the
 * simulator's own account in its region is the beans kept in the state file; every other account and region a
 * request is signed for gets its own, held in memory, beside that region's gateways.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedPlacedPolicies {

	/** The engines and policies of one account and region. */
	record Engines(SimulatedPolicyEngines engines, SimulatedPolicies policies, SimulatedRegions.Region region) {
	}

	private final SimulatedRegions regions;

	private final JsonMapper json;

	private final SimulatorSettings settings;

	private final Engines own;

	private final Map<SimulatedRegions.Key, Engines> others = new ConcurrentHashMap<>();

	SimulatedPlacedPolicies(SimulatedRegions regions, JsonMapper json, SimulatorSettings settings,
			SimulatedPolicyEngines ownEngines, SimulatedPolicies ownPolicies) {
		this.regions = regions;
		this.json = json;
		this.settings = settings;
		this.own = new Engines(ownEngines, ownPolicies, regions.of(null, null));
	}

	/** The engines of the account and region the current request is signed for. */
	Engines current() {
		SimulatedRegions.Key key = regions.currentKey();
		return of(key.accountId(), key.region());
	}

	/** The engines of an account and region; nulls mean the simulator's own. */
	Engines of(String accountId, String region) {
		String account = accountId == null ? settings.accountId() : accountId;
		String where = region == null ? settings.region() : region;
		if (account.equals(settings.accountId()) && where.equals(settings.region())) {
			return own;
		}
		return others.computeIfAbsent(new SimulatedRegions.Key(account, where), key -> {
			SimulatedRegions.Region there = regions.of(key.accountId(), key.region());
			SimulatorSettings placed = new SimulatorSettings(key.region(), key.accountId(), settings.gatewayLimit(),
					settings.targetsPerGateway(), null, settings.seed(), java.util.List.of());
			SimulatedPolicyEngines engines = new SimulatedPolicyEngines(placed, there.faults(), there.agentCore(),
					new PolicyStateFile(placed, json));
			return new Engines(engines, new SimulatedPolicies(engines), there);
		});
	}

}
