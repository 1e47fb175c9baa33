package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated account's policy engines and policies, with the service's rules: unique names,
 * client-token idempotency, no changes during transitions, policies only in an ACTIVE engine, no
 * engine deletion while it has policies or a gateway attaches it, quotas; statements checked with Cedar
 * against the schema of the engine's gateways, failing as the service fails them.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedPolicyEngines {

	static final int ENGINES_PER_ACCOUNT = 1000;

	private final SimulatorSettings settings;

	private final FaultInjector faults;

	private final SimulatedAgentCore gateways;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, SimulatedPolicyEngine> engines = new LinkedHashMap<>();

	private final Map<String, SimulatedPolicy> policies = new LinkedHashMap<>();

	private final SimulatedStatementChecks checks;

	private final PolicyStateFile stateFile;

	private long sequence;

	SimulatedPolicyEngines(SimulatorSettings settings, FaultInjector faults, SimulatedAgentCore gateways,
			PolicyStateFile stateFile) {
		this.settings = settings;
		this.faults = faults;
		this.gateways = gateways;
		this.checks = new SimulatedStatementChecks(settings);
		this.stateFile = stateFile;
		PolicyStateFile.State state = stateFile.load();
		state.engines().forEach(engine -> engines.put(engine.policyEngineId(), engine));
		state.policies().forEach(policy -> policies.put(policy.policyId(), policy));
		this.sequence = state.sequence();
	}

	synchronized SimulatedPolicyEngine createEngine(JsonNode request) {
		settle();
		String name = PolicyInputRules.engineName(request);
		String description = PolicyInputRules.description(request);
		String token = PolicyInputRules.clientToken(request);
		JsonNode fingerprint = SimulatedRequests.withoutToken(request);
		if (token != null) {
			for (SimulatedPolicyEngine existing : engines.values()) {
				if (token.equals(existing.clientToken())) {
					return SimulatedRequests.repeated(existing, existing.createRequest(), fingerprint);
				}
			}
		}
		if (engines.values().stream().anyMatch(engine -> engine.name().equals(name))) {
			throw AwsError.conflict("A policy engine named " + name + " already exists in this account");
		}
		if (engines.size() >= ENGINES_PER_ACCOUNT) {
			throw AwsError.quotaExceeded("The account already has " + engines.size() + " policy engines, the maximum allowed.");
		}
		Instant now = clock.instant();
		String id = SimulatedIds.unique(name + "-", SimulatedIds.MIXED, engines::containsKey);
		SimulatedPolicyEngine engine = new SimulatedPolicyEngine(++sequence, id, name, description, "CREATING", List.of(),
				now, now, settlesAt(now), token, fingerprint);
		engines.put(id, engine);
		save();
		return engine;
	}

	synchronized SimulatedPolicyEngine engine(String id) {
		settle();
		return requireEngine(id);
	}

	synchronized SimulatedPolicyEngine updateEngine(String id, JsonNode request) {
		settle();
		SimulatedPolicyEngine engine = requireEngine(id);
		SimulatedRequests.requireSettled(engine.inTransition(), "Policy engine " + id, engine.status());
		Instant now = clock.instant();
		SimulatedPolicyEngine updated = engine.withDescription(
				PolicyInputRules.updatedDescription(request, engine.description()), now, settlesAt(now));
		engines.put(id, updated);
		save();
		return updated;
	}

	SimulatedPolicyEngine deleteEngine(String id) {
		List<String> attached = checks.gatewaysAttaching(gateways.snapshot(), engineArn(id));
		synchronized (this) {
			settle();
			SimulatedPolicyEngine engine = requireEngine(id);
			SimulatedRequests.requireSettled(engine.inTransition(), "Policy engine " + id, engine.status());
			long count = policiesOf(id).size();
			if (count > 0) {
				throw AwsError.conflict("Policy engine " + id + " has " + count + " policies. Delete them first.");
			}
			if (!attached.isEmpty()) {
				throw AwsError.conflict("Policy engine " + id + " is associated with gateway(s) " + attached
						+ ". Remove it from their policyEngineConfiguration first.");
			}
			Instant now = clock.instant();
			SimulatedPolicyEngine deleting = engine.withStatus("DELETING", List.of(), now, settlesAt(now));
			engines.put(id, deleting);
			save();
			return deleting;
		}
	}

	synchronized Pages.Page<SimulatedPolicyEngine> engines(Integer maxResults, String nextToken) {
		settle();
		return Pages.page(new ArrayList<>(engines.values()), SimulatedPolicyEngine::sequence, maxResults, nextToken);
	}

	/** The engine an ARN names, if the account has it (for gateways that attach it). */
	synchronized java.util.Optional<SimulatedPolicyEngine> engineByArn(String arn) {
		settle();
		return engines.values().stream().filter(engine -> engine.arn(region(), account()).equals(arn)).findFirst();
	}

	synchronized Snapshot snapshot() {
		settle();
		return new Snapshot(List.copyOf(engines.values()), List.copyOf(policies.values()));
	}

	String region() {
		return settings.region();
	}

	String account() {
		return settings.accountId();
	}

	String engineArn(String engineId) {
		return "arn:aws:bedrock-agentcore:" + region() + ":" + account() + ":policy-engine/" + engineId;
	}

	/** Completes the transitions whose time has come; callers hold this object's lock. */
	void settle() {
		if (PolicyTransitions.settle(engines, policies, faults.faults(), clock.instant())) {
			save();
		}
	}

	/** Keeps the state; callers hold this object's lock. */
	void save() {
		stateFile.save(new PolicyStateFile.State(List.copyOf(engines.values()), List.copyOf(policies.values()), sequence));
	}

	/** The next creation's place in list order; callers hold this object's lock. */
	long nextSequence() {
		return ++sequence;
	}

	Map<String, SimulatedPolicy> policiesById() {
		return policies;
	}

	SimulatedStatementChecks checks() {
		return checks;
	}

	SimulatedAgentCore gateways() {
		return gateways;
	}

	List<SimulatedPolicy> policiesOf(String engineId) {
		return policies.values().stream().filter(policy -> policy.policyEngineId().equals(engineId)).toList();
	}

	SimulatedPolicyEngine requireEngine(String id) {
		String key = id.contains(":policy-engine/") ? id.substring(id.lastIndexOf('/') + 1) : id;
		SimulatedPolicyEngine engine = engines.get(key);
		if (engine == null) {
			throw AwsError.notFound("Policy engine " + id + " was not found");
		}
		return engine;
	}

	static void requireActive(SimulatedPolicyEngine engine) {
		if (engine.inTransition()) {
			throw AwsError.conflict("Policy engine " + engine.policyEngineId() + " is " + engine.status()
					+ "; its policies can change once it is ACTIVE");
		}
		if (!engine.status().equals("ACTIVE")) {
			throw AwsError.validation("Policy engine " + engine.policyEngineId() + " is " + engine.status()
					+ "; policies can be created only in an ACTIVE engine");
		}
	}

	Instant settlesAt(Instant now) {
		return now.plus(faults.transitionDelay());
	}

	record Snapshot(List<SimulatedPolicyEngine> engines, List<SimulatedPolicy> policies) {
	}

}
