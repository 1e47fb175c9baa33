package dev.agentcore.controlplane.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * AgentCore per account and region: the simulator's own account in its region is the {@link SimulatedAgentCore}
 * bean (kept in the state file); every other account and region a request is signed for gets one of its own, with
 * its own quotas and faults, held in memory. The account comes from the signer's access key ({@link
 * SimulatedAccounts}), the region from the SigV4 scope, as AWS tells them.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedRegions {

	/** One account in one region. */
	record Key(String accountId, String region) {
	}

	/** AgentCore in one account and region, with its faults and its gateways' rules. */
	record Region(SimulatedAgentCore agentCore, FaultInjector faults, SimulatedRules rules) {
	}

	private final SimulatorSettings settings;

	private final SimulatedAccounts accounts;

	private final JsonMapper json;

	private final Region own;

	private final Map<Key, Region> others = new ConcurrentHashMap<>();

	SimulatedRegions(SimulatorSettings settings, SimulatedAccounts accounts, JsonMapper json, SimulatedAgentCore own,
			FaultInjector ownFaults, SimulatedRules ownRules) {
		this.settings = settings;
		this.accounts = accounts;
		this.json = json;
		this.own = new Region(own, ownFaults, ownRules);
	}

	/** The account and region the current request is signed for. */
	Region current() {
		Key key = currentKey();
		return of(key.accountId(), key.region());
	}

	/** Which account and region the current request is signed for; unscoped means the simulator's own region. */
	Key currentKey() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		SigningScope scope = SigningScope.of(request.getHeader(HttpHeaders.AUTHORIZATION));
		return new Key(accounts.accountOf(scope.accessKeyId()), scope.region() == null ? settings.region() : scope.region());
	}

	/**
	 * The account and region holding a gateway (a gateway's URL names the gateway only, as AgentCore's does); the
	 * simulator's own when none does, which answers that the gateway is not found.
	 */
	Region holding(String gatewayId) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(own), others.values().stream())
			.filter(region -> region.agentCore().holdsGateway(gatewayId))
			.findFirst()
			.orElse(own);
	}

	/** An account and region; nulls mean the simulator's own. */
	Region of(String accountId, String region) {
		String account = accountId == null ? settings.accountId() : accountId;
		String where = region == null ? settings.region() : region;
		if (account.equals(settings.accountId()) && where.equals(settings.region())) {
			return own;
		}
		return others.computeIfAbsent(new Key(account, where), key -> {
			SimulatorSettings there = new SimulatorSettings(key.region(), key.accountId(), settings.gatewayLimit(),
					settings.targetsPerGateway(), null, settings.seed(), java.util.List.of());
			FaultInjector faults = new FaultInjector(there);
			SimulatedAgentCore agentCore = new SimulatedAgentCore(there, faults, new SimulatorStateFile(there, json));
			return new Region(agentCore, faults, new SimulatedRules(agentCore, faults, there, json));
		});
	}

}
