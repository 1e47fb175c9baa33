package dev.agentcore.controlplane.simulator;

import java.util.List;
import java.util.Optional;

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
		synchronized (engines) {
			engines.settle();
			SimulatedPolicyEngine engine = engines.requireEngine(engineId);
			SimulatedStore<SimulatedPolicy> policies = engines.policies();
			Optional<SimulatedPolicy> repeated = policies.repeated(spec.clientToken(), request,
					policy -> policy.policyEngineId().equals(engineId));
			if (repeated.isPresent()) {
				return repeated.get();
			}
			SimulatedPolicyEngines.requireActive(engine);
			if (policies.any(policy -> policy.name().equals(spec.name()))) {
				throw AwsError.conflict("A policy named " + spec.name() + " already exists in this account");
			}
			if (engines.policiesOf(engineId).size() >= PER_ENGINE) {
				throw AwsError.quotaExceeded("Policy engine " + engineId + " already has " + PER_ENGINE + " policies.");
			}
			String id = SimulatedIds.unique(spec.name() + "-", SimulatedIds.MIXED, policies::contains);
			return policies.start((now, settlesAt) -> new SimulatedPolicy(engines.nextSequence(), engineId, id,
					spec.name(), spec.description(), spec.statement(), spec.validationMode(), "CREATING", List.of(),
					findings, now, now, settlesAt, spec.clientToken(), SimulatedRequests.withoutToken(request),
					spec.enforcementMode()));
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
			return engines.policies().start((now, settlesAt) -> policy.withSpec(spec, findings, now, settlesAt));
		}
	}

	SimulatedPolicy delete(String engineId, String policyId) {
		synchronized (engines) {
			engines.settle();
			SimulatedPolicy policy = require(engineId, policyId);
			SimulatedRequests.requireSettled(policy.inTransition(), "Policy " + policyId, policy.status());
			return engines.policies().start((now, settlesAt) -> policy.withStatus("DELETING", List.of(), now, settlesAt));
		}
	}

	Pages.Page<SimulatedPolicy> list(String engineId, Integer maxResults, String nextToken) {
		synchronized (engines) {
			engines.settle();
			engines.requireEngine(engineId);
			return engines.policies().page(policy -> policy.policyEngineId().equals(engineId), maxResults, nextToken);
		}
	}

	/** The ACTIVE policies of an engine that enforce (not LOG_ONLY): what a gateway decides with. */
	List<SimulatedPolicy> active(String engineId) {
		synchronized (engines) {
			engines.settle();
			return engines.policiesOf(engineId).stream().filter(SimulatedPolicy::enforced).toList();
		}
	}

	/** Checked before the lock is taken: the gateways' snapshot takes the account's own lock. */
	private List<String> findings(String engineId, PolicyInput spec) {
		return engines.checks().findings(engines.gateways().snapshot(), engines.engineArn(engineId), spec);
	}

	private SimulatedPolicy require(String engineId, String policyId) {
		SimulatedPolicyEngine engine = engines.requireEngine(engineId);
		return engines.policies()
			.find(policyId)
			.filter(policy -> policy.policyEngineId().equals(engine.policyEngineId()))
			.orElseThrow(() -> AwsError
				.notFound("Policy " + policyId + " was not found in policy engine " + engine.policyEngineId()));
	}

}
