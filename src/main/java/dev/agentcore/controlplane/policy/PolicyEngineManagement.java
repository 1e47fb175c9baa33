package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;
import dev.agentcore.controlplane.web.Versions;

/**
 * Accepts changes to policy engines' desired state for a caller's team, each in one transaction that
 * records the event and hands the engine to the provisioner ({@link ResourceChanged}).
 */
@Service
public class PolicyEngineManagement {

	private final PolicyEngines engines;

	private final Policies policies;

	private final PolicyEngineStatus status;

	private final ResourceChanges changes;

	private final Attachments attachments;

	private final PolicyManagement policyManagement;

	PolicyEngineManagement(PolicyEngines engines, Policies policies, PolicyEngineStatus status, ResourceChanges changes,
			Attachments attachments, PolicyManagement policyManagement) {
		this.engines = engines;
		this.policies = policies;
		this.status = status;
		this.changes = changes;
		this.attachments = attachments;
		this.policyManagement = policyManagement;
	}

	@Transactional
	PolicyEngine declare(Caller caller, String name, PolicyEngineSpec spec) {
		String team = caller.requireTeam();
		PolicyEngine engine = UniqueConstraints.unique("policy_engines_name_unique",
				() -> engines.save(PolicyEngine.declare(team, name, spec, caller.actor())),
				() -> PolicyProblems.nameTaken("policy engine", name));
		accepted(engine, "Policy engine declared (generation 1).", caller.actor());
		changes.audit(ChangeAccepted.created(engine.ref(), spec));
		return engine;
	}

	@Transactional
	PolicyEngine respecify(Caller caller, UUID id, String ifMatch, String name, PolicyEngineSpec spec) {
		PolicyEngine engine = visible(caller, id);
		Versions.requireIfMatch(ifMatch, engine.version());
		PolicyEngineSpec previous = engine.spec();
		if (!engine.respecify(name, spec)) {
			return engine;
		}
		PolicyEngine saved = engines.save(engine);
		accepted(saved, "Spec replaced (generation " + saved.generation() + ").", caller.actor());
		changes.audit(ChangeAccepted.replaced(saved.ref(), previous, spec));
		return saved;
	}

	@Transactional
	PolicyEngine requestDeletion(Caller caller, UUID id, String ifMatch, boolean cascade) {
		PolicyEngine engine = engines.lockById(id).filter(found -> caller.canSee(found.team()))
			.orElseThrow(() -> PolicyProblems.engineNotFound(id));
		Versions.requireIfMatch(ifMatch, engine.version());
		if (engine.deletionRequested()) {
			return engine;
		}
		List<Gateway> users = attachments.allGatewaysOf(engine);
		if (!users.isEmpty()) {
			List<UUID> shown = users.stream().filter(gateway -> caller.canSee(gateway.team())).map(Gateway::id).toList();
			throw PolicyProblems.engineInUse(shown, users.size() - shown.size());
		}
		List<Policy> remaining = policies.allOf(id);
		if (!remaining.isEmpty() && !cascade) {
			throw PolicyProblems.engineHasPolicies(remaining.size());
		}
		remaining.forEach(policy -> policyManagement.markForDeletion(policy, caller.actor()));
		engine.requestDeletion();
		PolicyEngine saved = engines.save(engine);
		status.phase(id, Phase.DELETING, remaining.isEmpty() ? "Deleting the policy engine."
				: "Deleting the policies first, then the engine.");
		changes.accepted(saved.ref(), EventType.DELETION_REQUESTED, remaining.isEmpty() ? "Deletion requested."
				: "Deletion requested with cascade: " + remaining.size() + " policies first.", caller.actor());
		changes.audit(ChangeAccepted.deleted(saved.ref(), saved.spec()));
		return saved;
	}

	@Transactional
	PolicyEngine requestReconcile(Caller caller, UUID id) {
		PolicyEngine engine = visible(caller, id);
		changes.reconcileRequested(status, engine.ref(), caller.actor());
		return engine;
	}

	Page<PolicyEngine> list(Caller caller, String team, Phase phase, String name, PageRequest page) {
		String scope = caller.admin() ? team : caller.requireTeam();
		return page.page(engines.page(scope, phase == null ? null : phase.name(), name, page.after(), page.fetchSize()),
				PolicyEngine::id);
	}

	List<ResourceEvent> events(Caller caller, UUID id, Long before, int limit) {
		visible(caller, id);
		return changes.history(id, before, limit);
	}

	/** The gateways the engine is attached to. */
	public List<Gateway> attachedGateways(PolicyEngine engine) {
		return attachments.gatewaysOf(engine);
	}

	/** The engine if the caller may see it; otherwise 404, whether it exists or not. */
	public PolicyEngine visible(Caller caller, UUID id) {
		return engines.findById(id).filter(engine -> caller.canSee(engine.team()))
			.orElseThrow(() -> PolicyProblems.engineNotFound(id));
	}

	/** An engine by id, for the provisioner; empty once deleted. */
	public Optional<PolicyEngine> find(UUID id) {
		return engines.findById(id);
	}

	private void accepted(PolicyEngine engine, String message, String actor) {
		changes.accepted(engine.ref(), EventType.SPEC_ACCEPTED, message, actor);
	}

}
