package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

/**
 * Accepts changes to the policies of a caller's engines. Each change locks the engine row, so the
 * statements are validated against a stable engine and the per-engine limit holds; only valid
 * statements are stored, and each change is handed to the provisioner ({@link ResourceChanged}).
 */
@Service
public class PolicyManagement {

	/** AgentCore's limit of policies per engine. */
	static final int PER_ENGINE = 1000;

	private final Policies policies;

	private final PolicyEngines engines;

	private final PolicyStatus status;

	private final ResourceChanges changes;

	private final PolicyValidation validation;

	PolicyManagement(Policies policies, PolicyEngines engines, PolicyStatus status, ResourceChanges changes,
			PolicyValidation validation) {
		this.policies = policies;
		this.engines = engines;
		this.status = status;
		this.changes = changes;
		this.validation = validation;
	}

	/** A stored policy and what validation could not check about it. */
	record Validated(Policy policy, List<String> warnings) {
	}

	@Transactional
	Validated declare(Caller caller, UUID engineId, String name, PolicySpec spec) {
		PolicyEngine engine = lockForPolicyChange(caller, engineId);
		if (policies.countByEngine(engineId) >= PER_ENGINE) {
			throw PolicyProblems.policyLimitReached(PER_ENGINE);
		}
		List<String> warnings = validation.requireValid(engine, spec.statement());
		Policy policy = UniqueConstraints.unique("policies_name_unique",
				() -> policies.save(Policy.declare(engine, name, spec, caller.actor())), () -> Policy.KIND.nameTaken(name));
		return new Validated(policy, warnings);
	}

	@Transactional
	Validated respecify(Caller caller, UUID engineId, UUID id, String ifMatch, String name, PolicySpec spec) {
		PolicyEngine engine = lockForPolicyChange(caller, engineId);
		Policy policy = find(engineId, id).requireVersion(ifMatch);
		if (!policy.respecify(name, spec, caller.actor())) {
			return new Validated(policy, List.of());
		}
		// An invalid statement throws and rolls the transaction back: the changed aggregate is never saved.
		List<String> warnings = validation.requireValid(engine, spec.statement());
		return new Validated(policies.save(policy), warnings);
	}

	@Transactional
	Policy requestDeletion(Caller caller, UUID engineId, UUID id, String ifMatch) {
		return markForDeletion(visible(caller, engineId, id).requireVersion(ifMatch), caller.actor());
	}

	@Transactional
	Policy requestReconcile(Caller caller, UUID engineId, UUID id) {
		Policy policy = visible(caller, engineId, id);
		changes.reconcileRequested(status, policy.ref(), caller.actor());
		return policy;
	}

	Policy visible(Caller caller, UUID engineId, UUID id) {
		visibleEngine(caller, engineId);
		return find(engineId, id);
	}

	Page<Policy> list(Caller caller, UUID engineId, Phase phase, PageRequest page) {
		visibleEngine(caller, engineId);
		return page.page(policies.page(engineId, phase == null ? null : phase.name(), page.after(), page.fetchSize()),
				Policy::id);
	}

	/** Marks one policy for deletion; used for single deletes and for an engine's cascade. */
	Policy markForDeletion(Policy policy, String actor) {
		return policy.requestDeletion(actor) ? status.deleting(policies.save(policy), "Deleting the policy.") : policy;
	}

	/** A policy by id, for the provisioner; empty once deleted. */
	public Optional<Policy> find(UUID id) {
		return policies.findById(id);
	}

	/** Every policy of an engine, for the provisioner and for evaluation. */
	public List<Policy> policiesOf(UUID engineId) {
		return policies.allOf(engineId);
	}

	private PolicyEngine lockForPolicyChange(Caller caller, UUID engineId) {
		return PolicyEngine.KIND.changeable(engines.lockById(engineId), caller::canSee, engineId);
	}

	private PolicyEngine visibleEngine(Caller caller, UUID engineId) {
		return PolicyEngine.KIND.visible(engines.findById(engineId), caller::canSee, engineId);
	}

	private Policy find(UUID engineId, UUID id) {
		return policies.findById(id)
			.filter(policy -> policy.policyEngineId().equals(engineId))
			.orElseThrow(() -> Policy.KIND.notFound(id));
	}

}
