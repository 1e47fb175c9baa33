package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

	private final SimulatedStore<SimulatedPolicyEngine> engines;

	private final SimulatedStore<SimulatedPolicy> policies;

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
		SimulatedStore.Timing timing = new SimulatedStore.Timing(clock, faults::transitionDelay, this::save);
		this.engines = new SimulatedStore<>(PolicyTransitions.ENGINES, state.engines()).timed(timing);
		this.policies = new SimulatedStore<>(PolicyTransitions.POLICIES, state.policies()).timed(timing);
		this.sequence = state.sequence();
	}

	synchronized SimulatedPolicyEngine createEngine(JsonNode request) {
		settle();
		String name = PolicyInputRules.engineName(request);
		String description = PolicyInputRules.description(request);
		String token = PolicyInputRules.clientToken(request);
		Optional<SimulatedPolicyEngine> repeated = engines.repeated(token, request, engine -> true);
		if (repeated.isPresent()) {
			return repeated.get();
		}
		if (engines.any(engine -> engine.name().equals(name))) {
			throw AwsError.conflict("A policy engine named " + name + " already exists in this account");
		}
		if (engines.size() >= ENGINES_PER_ACCOUNT) {
			throw AwsError.quotaExceeded("The account already has " + engines.size() + " policy engines, the maximum allowed.");
		}
		String id = SimulatedIds.unique(name + "-", SimulatedIds.MIXED, engines::contains);
		return engines.start((now, settlesAt) -> new SimulatedPolicyEngine(++sequence, id, name, description, "CREATING",
				List.of(), now, now, settlesAt, token, SimulatedRequests.withoutToken(request),
				request.path("encryptionKeyArn").asString(null), PolicyInputRules.tags(request)));
	}

	synchronized SimulatedPolicyEngine engine(String id) {
		settle();
		return requireEngine(id);
	}

	synchronized SimulatedPolicyEngine updateEngine(String id, JsonNode request) {
		settle();
		SimulatedPolicyEngine engine = requireEngine(id);
		SimulatedRequests.requireSettled(engine.inTransition(), "Policy engine " + id, engine.status());
		return engines.start((now, settlesAt) -> engine.withDescription(
				PolicyInputRules.updatedDescription(request, engine.description()), now, settlesAt));
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
			return engines.start((now, settlesAt) -> engine.withStatus("DELETING", List.of(), now, settlesAt));
		}
	}

	synchronized Pages.Page<SimulatedPolicyEngine> engines(Integer maxResults, String nextToken) {
		settle();
		return engines.page(engine -> true, maxResults, nextToken);
	}

	/** The engine an ARN names, if the account has it (for gateways that attach it). */
	synchronized Optional<SimulatedPolicyEngine> engineByArn(String arn) {
		settle();
		return engines.matching(engine -> engine.arn(region(), account()).equals(arn)).stream().findFirst();
	}

	synchronized Snapshot snapshot() {
		settle();
		return new Snapshot(engines.all(), policies.all());
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
		Instant now = clock.instant();
		Faults current = faults.faults();
		boolean policiesSettled = policies.settle(now, current);
		if (engines.settle(now, current) | policiesSettled) {
			save();
		}
	}

	/** Keeps the state; callers hold this object's lock. */
	void save() {
		stateFile.save(new PolicyStateFile.State(engines.all(), policies.all(), sequence));
	}

	/** The next creation's place in list order; callers hold this object's lock. */
	long nextSequence() {
		return ++sequence;
	}

	SimulatedStore<SimulatedPolicy> policies() {
		return policies;
	}

	SimulatedStatementChecks checks() {
		return checks;
	}

	SimulatedAgentCore gateways() {
		return gateways;
	}

	List<SimulatedPolicy> policiesOf(String engineId) {
		return policies.matching(policy -> policy.policyEngineId().equals(engineId));
	}

	SimulatedPolicyEngine requireEngine(String id) {
		String key = id.contains(":policy-engine/") ? id.substring(id.lastIndexOf('/') + 1) : id;
		return engines.find(key).orElseThrow(() -> AwsError.notFound("Policy engine " + id + " was not found"));
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

	record Snapshot(List<SimulatedPolicyEngine> engines, List<SimulatedPolicy> policies) {
	}

}
