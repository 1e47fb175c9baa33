package dev.agentcore.controlplane.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The policies of the simulated account's engines, kept with them (and under their lock): names unique
 * in the account, client-token idempotency, only in an ACTIVE engine, at most 1000 per engine. A
 * statement is checked (outside the lock) when it is sent; what the check finds fails its transition.
 */
@Component
@Profile({ "local", "simulator" })
class SimulatedPolicies {

	static final int PER_ENGINE = 1000;

	private final SimulatedPolicyEngines engines;

	SimulatedPolicies(SimulatedPolicyEngines engines) {
		this.engines = engines;
	}

	SimulatedPolicy create(String engineId, JsonNode request) {
		PolicyInput spec = PolicyInputRules.policy(request);
		List<String> findings = findings(engineId, spec);
		JsonNode fingerprint = SimulatedRequests.withoutToken(request);
		synchronized (engines) {
			engines.settle();
			SimulatedPolicyEngine engine = engines.requireEngine(engineId);
			if (spec.clientToken() != null) {
				for (SimulatedPolicy existing : engines.policiesOf(engineId)) {
					if (spec.clientToken().equals(existing.clientToken())) {
						return SimulatedRequests.repeated(existing, existing.createRequest(), fingerprint);
					}
				}
			}
			SimulatedPolicyEngines.requireActive(engine);
			Map<String, SimulatedPolicy> policies = engines.policiesById();
			if (policies.values().stream().anyMatch(policy -> policy.name().equals(spec.name()))) {
				throw AwsError.conflict("A policy named " + spec.name() + " already exists in this account");
			}
			if (engines.policiesOf(engineId).size() >= PER_ENGINE) {
				throw AwsError.quotaExceeded("Policy engine " + engineId + " already has " + PER_ENGINE + " policies.");
			}
			Instant now = Instant.now();
			String id = SimulatedIds.unique(spec.name() + "-", SimulatedIds.MIXED, policies::containsKey);
			SimulatedPolicy policy = new SimulatedPolicy(engines.nextSequence(), engineId, id, spec.name(),
					spec.description(), spec.statement(), spec.validationMode(), "CREATING", List.of(), findings, now, now,
					engines.settlesAt(now), spec.clientToken(), fingerprint);
			policies.put(id, policy);
			engines.save();
			return policy;
		}
	}

	SimulatedPolicy get(String engineId, String policyId) {
		synchronized (engines) {
			engines.settle();
			return require(engineId, policyId);
		}
	}

	SimulatedPolicy update(String engineId, String policyId, JsonNode request) {
		PolicyInput spec = PolicyInputRules.update(request, get(engineId, policyId));
		List<String> findings = findings(engineId, spec);
		synchronized (engines) {
			engines.settle();
			SimulatedPolicy policy = require(engineId, policyId);
			SimulatedRequests.requireSettled(policy.inTransition(), "Policy " + policyId, policy.status());
			Instant now = Instant.now();
			SimulatedPolicy updated = policy.withSpec(spec, findings, now, engines.settlesAt(now));
			engines.policiesById().put(policyId, updated);
			engines.save();
			return updated;
		}
	}

	SimulatedPolicy delete(String engineId, String policyId) {
		synchronized (engines) {
			engines.settle();
			SimulatedPolicy policy = require(engineId, policyId);
			SimulatedRequests.requireSettled(policy.inTransition(), "Policy " + policyId, policy.status());
			Instant now = Instant.now();
			SimulatedPolicy deleting = policy.withStatus("DELETING", List.of(), now, engines.settlesAt(now));
			engines.policiesById().put(policyId, deleting);
			engines.save();
			return deleting;
		}
	}

	Pages.Page<SimulatedPolicy> list(String engineId, Integer maxResults, String nextToken) {
		synchronized (engines) {
			engines.settle();
			engines.requireEngine(engineId);
			return Pages.page(engines.policiesOf(engineId), SimulatedPolicy::sequence, maxResults, nextToken);
		}
	}

	/** The ACTIVE policies of an engine: what a gateway evaluates. */
	List<SimulatedPolicy> active(String engineId) {
		synchronized (engines) {
			engines.settle();
			return engines.policiesOf(engineId).stream().filter(policy -> policy.status().equals("ACTIVE")).toList();
		}
	}

	/** Checked before the lock is taken: the gateways' snapshot takes the account's own lock. */
	private List<String> findings(String engineId, PolicyInput spec) {
		return engines.checks().findings(engines.gateways().snapshot(), engines.engineArn(engineId), spec);
	}

	private SimulatedPolicy require(String engineId, String policyId) {
		SimulatedPolicyEngine engine = engines.requireEngine(engineId);
		SimulatedPolicy policy = engines.policiesById().get(policyId);
		if (policy == null || !policy.policyEngineId().equals(engine.policyEngineId())) {
			throw AwsError.notFound("Policy " + policyId + " was not found in policy engine " + engine.policyEngineId());
		}
		return policy;
	}

}
