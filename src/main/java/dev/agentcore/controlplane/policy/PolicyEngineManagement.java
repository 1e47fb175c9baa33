package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanged;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

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
	PolicyEngine declare(Caller caller, String name, PolicyEngineSpec spec, Placement placement) {
		String team = caller.requireTeam();
		return UniqueConstraints.unique("policy_engines_name_unique",
				() -> engines.save(PolicyEngine.declare(team, name, spec, placement, caller.actor())),
				() -> PolicyEngine.KIND.nameTaken(name));
	}

	@Transactional
	PolicyEngine respecify(Caller caller, UUID id, String ifMatch, String name, PolicyEngineSpec spec,
			Placement placement) {
		PolicyEngine engine = visible(caller, id).requireVersion(ifMatch);
		engine.checkPlacement(placement);
		return engine.respecify(name, spec, caller.actor()) ? engines.save(engine) : engine;
	}

	@Transactional
	PolicyEngine requestDeletion(Caller caller, UUID id, String ifMatch, boolean cascade) {
		PolicyEngine engine = PolicyEngine.KIND.visible(engines.lockById(id), caller::canSee, id).requireVersion(ifMatch);
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
		engine.requestDeletion(remaining.size(), caller.actor());
		PolicyEngine saved = engines.save(engine);
		status.phase(id, Phase.DELETING, remaining.isEmpty() ? "Deleting the policy engine."
				: "Deleting the policies first, then the engine.");
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

	Page<ResourceEvent> events(Caller caller, UUID id, Integer limit, String cursor) {
		return changes.page(limit, cursor, () -> visible(caller, id).id());
	}

	/** The gateways the engine is attached to. */
	public List<Gateway> attachedGateways(PolicyEngine engine) {
		return attachments.gatewaysOf(engine);
	}

	/** The engine if the caller may see it; otherwise 404, whether it exists or not. */
	public PolicyEngine visible(Caller caller, UUID id) {
		return PolicyEngine.KIND.visible(engines.findById(id), caller::canSee, id);
	}

	/** An engine by id, for the provisioner; empty once deleted. */
	public Optional<PolicyEngine> find(UUID id) {
		return engines.findById(id);
	}

}
