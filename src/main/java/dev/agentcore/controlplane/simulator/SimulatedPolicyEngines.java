package dev.agentcore.controlplane.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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

	static final int POLICIES_PER_ENGINE = 1000;

	private final SimulatorSettings settings;

	private final FaultInjector faults;

	private final SimulatedAgentCore gateways;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, SimulatedPolicyEngine> engines = new LinkedHashMap<>();

	private final Map<String, SimulatedPolicy> policies = new LinkedHashMap<>();

	private final SimulatedStatementChecks checks;

	private long sequence;

	SimulatedPolicyEngines(SimulatorSettings settings, FaultInjector faults, SimulatedAgentCore gateways) {
		this.settings = settings;
		this.faults = faults;
		this.gateways = gateways;
		this.checks = new SimulatedStatementChecks(settings);
	}

	synchronized SimulatedPolicyEngine createEngine(JsonNode request) {
		settle();
		String name = PolicyInputRules.engineName(request);
		String description = PolicyInputRules.description(request);
		String token = PolicyInputRules.clientToken(request);
		JsonNode fingerprint = withoutToken(request);
		if (token != null) {
			for (SimulatedPolicyEngine existing : engines.values()) {
				if (token.equals(existing.clientToken())) {
					return repeated(existing, existing.createRequest(), fingerprint);
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
		return engine;
	}

	synchronized SimulatedPolicyEngine engine(String id) {
		settle();
		return requireEngine(id);
	}

	synchronized SimulatedPolicyEngine updateEngine(String id, JsonNode request) {
		settle();
		SimulatedPolicyEngine engine = requireEngine(id);
		requireSettled(engine.inTransition(), "Policy engine " + id, engine.status());
		Instant now = clock.instant();
		SimulatedPolicyEngine updated = engine.withDescription(PolicyInputRules.description(request), now, settlesAt(now));
		engines.put(id, updated);
		return updated;
	}

	SimulatedPolicyEngine deleteEngine(String id) {
		List<String> attached = checks.gatewaysAttaching(gateways.snapshot(), arnOf(id));
		synchronized (this) {
			settle();
			SimulatedPolicyEngine engine = requireEngine(id);
			requireSettled(engine.inTransition(), "Policy engine " + id, engine.status());
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
			return deleting;
		}
	}

	synchronized Pages.Page<SimulatedPolicyEngine> engines(Integer maxResults, String nextToken) {
		settle();
		return Pages.page(new ArrayList<>(engines.values()), SimulatedPolicyEngine::sequence, maxResults, nextToken);
	}

	SimulatedPolicy createPolicy(String engineId, JsonNode request) {
		PolicyInput spec = PolicyInputRules.policy(request, null);
		List<String> findings = checks.findings(gateways.snapshot(), arnOf(engineId), spec);
		JsonNode fingerprint = withoutToken(request);
		synchronized (this) {
			settle();
			SimulatedPolicyEngine engine = requireEngine(engineId);
			if (spec.clientToken() != null) {
				for (SimulatedPolicy existing : policiesOf(engineId)) {
					if (spec.clientToken().equals(existing.clientToken())) {
						return repeated(existing, existing.createRequest(), fingerprint);
					}
				}
			}
			requireActive(engine);
			if (policies.values().stream().anyMatch(policy -> policy.name().equals(spec.name()))) {
				throw AwsError.conflict("A policy named " + spec.name() + " already exists in this account");
			}
			if (policiesOf(engineId).size() >= POLICIES_PER_ENGINE) {
				throw AwsError.quotaExceeded("Policy engine " + engineId + " already has " + POLICIES_PER_ENGINE + " policies.");
			}
			Instant now = clock.instant();
			String id = SimulatedIds.unique(spec.name() + "-", SimulatedIds.MIXED, policies::containsKey);
			SimulatedPolicy policy = new SimulatedPolicy(++sequence, engineId, id, spec.name(), spec.description(),
					spec.statement(), spec.validationMode(), "CREATING", List.of(), findings, now, now, settlesAt(now),
					spec.clientToken(), fingerprint);
			policies.put(id, policy);
			return policy;
		}
	}

	synchronized SimulatedPolicy policy(String engineId, String policyId) {
		settle();
		return requirePolicy(requireEngine(engineId), policyId);
	}

	SimulatedPolicy updatePolicy(String engineId, String policyId, JsonNode request) {
		SimulatedPolicy current = policy(engineId, policyId);
		PolicyInput spec = PolicyInputRules.policy(request, current.name());
		List<String> findings = checks.findings(gateways.snapshot(), arnOf(engineId), spec);
		synchronized (this) {
			settle();
			SimulatedPolicy policy = requirePolicy(requireEngine(engineId), policyId);
			requireSettled(policy.inTransition(), "Policy " + policyId, policy.status());
			Instant now = clock.instant();
			SimulatedPolicy updated = policy.withSpec(spec, findings, now, settlesAt(now));
			policies.put(policyId, updated);
			return updated;
		}
	}

	synchronized SimulatedPolicy deletePolicy(String engineId, String policyId) {
		settle();
		SimulatedPolicy policy = requirePolicy(requireEngine(engineId), policyId);
		requireSettled(policy.inTransition(), "Policy " + policyId, policy.status());
		Instant now = clock.instant();
		SimulatedPolicy deleting = policy.withStatus("DELETING", List.of(), now, settlesAt(now));
		policies.put(policyId, deleting);
		return deleting;
	}

	synchronized Pages.Page<SimulatedPolicy> policies(String engineId, Integer maxResults, String nextToken) {
		settle();
		requireEngine(engineId);
		return Pages.page(policiesOf(engineId), SimulatedPolicy::sequence, maxResults, nextToken);
	}

	/** The engine an ARN names, if the account has it (for gateways that attach it). */
	synchronized java.util.Optional<SimulatedPolicyEngine> engineByArn(String arn) {
		settle();
		return engines.values().stream().filter(engine -> engine.arn(region(), account()).equals(arn)).findFirst();
	}

	/** The ACTIVE policies of an engine: what a gateway evaluates. */
	synchronized List<SimulatedPolicy> activePolicies(String engineId) {
		settle();
		return policiesOf(engineId).stream().filter(policy -> policy.status().equals("ACTIVE")).toList();
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

	private String arnOf(String engineId) {
		return "arn:aws:bedrock-agentcore:" + region() + ":" + account() + ":policy-engine/" + engineId;
	}

	private void settle() {
		PolicyTransitions.settle(engines, policies, faults.faults(), clock.instant());
	}

	private List<SimulatedPolicy> policiesOf(String engineId) {
		return policies.values().stream().filter(policy -> policy.policyEngineId().equals(engineId)).toList();
	}

	private SimulatedPolicyEngine requireEngine(String id) {
		String key = id.contains(":policy-engine/") ? id.substring(id.lastIndexOf('/') + 1) : id;
		SimulatedPolicyEngine engine = engines.get(key);
		if (engine == null) {
			throw AwsError.notFound("Policy engine " + id + " was not found");
		}
		return engine;
	}

	private SimulatedPolicy requirePolicy(SimulatedPolicyEngine engine, String policyId) {
		SimulatedPolicy policy = policies.get(policyId);
		if (policy == null || !policy.policyEngineId().equals(engine.policyEngineId())) {
			throw AwsError.notFound("Policy " + policyId + " was not found in policy engine " + engine.policyEngineId());
		}
		return policy;
	}

	private static void requireActive(SimulatedPolicyEngine engine) {
		if (engine.inTransition()) {
			throw AwsError.conflict("Policy engine " + engine.policyEngineId() + " is " + engine.status()
					+ "; its policies can change once it is ACTIVE");
		}
		if (!engine.status().equals("ACTIVE")) {
			throw AwsError.validation("Policy engine " + engine.policyEngineId() + " is " + engine.status()
					+ "; policies can be created only in an ACTIVE engine");
		}
	}

	private static void requireSettled(boolean inTransition, String what, String status) {
		if (inTransition) {
			throw AwsError.conflict(what + " is " + status + "; retry when the operation in progress has completed");
		}
	}

	private <T> T repeated(T existing, JsonNode original, JsonNode fingerprint) {
		if (!Objects.equals(original, fingerprint)) {
			throw AwsError.conflict("The client token was already used with a different request");
		}
		return existing;
	}

	private Instant settlesAt(Instant now) {
		return now.plus(faults.transitionDelay());
	}

	private static JsonNode withoutToken(JsonNode request) {
		ObjectNode copy = ((ObjectNode) request).deepCopy();
		copy.remove("clientToken");
		return copy;
	}

	record Snapshot(List<SimulatedPolicyEngine> engines, List<SimulatedPolicy> policies) {
	}

}
