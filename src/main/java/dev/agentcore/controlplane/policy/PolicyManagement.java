package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.Versions;

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
				() -> policies.save(Policy.declare(engine, name, spec, caller.actor())),
				() -> PolicyProblems.nameTaken("policy", name));
		accepted(policy, "Policy " + name + " declared (generation 1).", caller.actor());
		changes.audit(ChangeAccepted.created(policy.ref(), spec));
		return new Validated(policy, warnings);
	}

	@Transactional
	Validated respecify(Caller caller, UUID engineId, UUID id, String ifMatch, String name, PolicySpec spec) {
		PolicyEngine engine = lockForPolicyChange(caller, engineId);
		Policy policy = find(engineId, id);
		Versions.requireIfMatch(ifMatch, policy.version());
		PolicySpec previous = policy.spec();
		if (!policy.respecify(name, spec)) {
			return new Validated(policy, List.of());
		}
		// An invalid statement throws and rolls the transaction back: the changed aggregate is never saved.
		List<String> warnings = validation.requireValid(engine, spec.statement());
		Policy saved = policies.save(policy);
		accepted(saved, "Policy " + name + ": spec replaced (generation " + saved.generation() + ").", caller.actor());
		changes.audit(ChangeAccepted.replaced(saved.ref(), previous, spec));
		return new Validated(saved, warnings);
	}

	@Transactional
	Policy requestDeletion(Caller caller, UUID engineId, UUID id, String ifMatch) {
		visibleEngine(caller, engineId);
		Policy policy = find(engineId, id);
		Versions.requireIfMatch(ifMatch, policy.version());
		return markForDeletion(policy, caller.actor());
	}

	@Transactional
	Policy requestReconcile(Caller caller, UUID engineId, UUID id) {
		visibleEngine(caller, engineId);
		Policy policy = find(engineId, id);
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
		if (!policy.requestDeletion()) {
			return policy;
		}
		Policy saved = policies.save(policy);
		status.phase(saved.id(), Phase.DELETING, "Deleting the policy.");
		changes.accepted(saved.ref(), EventType.DELETION_REQUESTED, "Policy " + saved.name() + ": deletion requested.",
				actor);
		changes.audit(ChangeAccepted.deleted(saved.ref(), saved.spec()));
		return saved;
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
		PolicyEngine engine = engines.lockById(engineId)
			.filter(found -> caller.canSee(found.team()))
			.orElseThrow(() -> PolicyProblems.engineNotFound(engineId));
		if (engine.deletionRequested()) {
			throw PolicyProblems.engineDeleting();
		}
		return engine;
	}

	private PolicyEngine visibleEngine(Caller caller, UUID engineId) {
		return engines.findById(engineId).filter(engine -> caller.canSee(engine.team()))
			.orElseThrow(() -> PolicyProblems.engineNotFound(engineId));
	}

	private Policy find(UUID engineId, UUID id) {
		return policies.findById(id)
			.filter(policy -> policy.policyEngineId().equals(engineId))
			.orElseThrow(() -> PolicyProblems.policyNotFound(id));
	}

	private void accepted(Policy policy, String message, String actor) {
		changes.accepted(policy.ref(), EventType.SPEC_ACCEPTED, message, actor);
	}

}
