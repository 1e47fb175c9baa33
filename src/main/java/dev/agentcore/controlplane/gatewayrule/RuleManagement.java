package dev.agentcore.controlplane.gatewayrule;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.ResourceEvent;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.Page;
import dev.agentcore.controlplane.web.PageRequest;

/**
 * Accepts changes to the rules of a caller's gateways. Each change locks the gateway row, so a rule is checked
 * against the gateway's targets as they stand; the database keeps priorities unique within a gateway.
 */
@Service
public class RuleManagement {

	private final Rules rules;

	private final GatewayManagement gateways;

	private final TargetManagement targets;

	private final RuleStatus status;

	private final ResourceChanges changes;

	private final RulesOfGateways deletions;

	RuleManagement(Rules rules, GatewayManagement gateways, TargetManagement targets, RuleStatus status,
			ResourceChanges changes, RulesOfGateways deletions) {
		this.rules = rules;
		this.deletions = deletions;
		this.gateways = gateways;
		this.targets = targets;
		this.status = status;
		this.changes = changes;
	}

	@Transactional
	GatewayRule declare(Caller caller, UUID gatewayId, RuleSpec spec) {
		Gateway gateway = checked(caller, gatewayId, spec);
		return save(GatewayRule.declare(gateway, spec, caller.actor()));
	}

	@Transactional
	GatewayRule respecify(Caller caller, UUID gatewayId, UUID id, String ifMatch, RuleSpec spec) {
		checked(caller, gatewayId, spec);
		GatewayRule rule = find(gatewayId, id).requireVersion(ifMatch);
		return rule.respecify(rule.name(), spec, caller.actor()) ? save(rule) : rule;
	}

	@Transactional
	GatewayRule requestDeletion(Caller caller, UUID gatewayId, UUID id, String ifMatch) {
		gateways.visible(caller, gatewayId);
		return deletions.markForDeletion(find(gatewayId, id).requireVersion(ifMatch), caller.actor());
	}

	@Transactional
	GatewayRule requestReconcile(Caller caller, UUID gatewayId, UUID id) {
		GatewayRule rule = visible(caller, gatewayId, id);
		changes.reconcileRequested(status, rule.ref(), caller.actor());
		return rule;
	}

	GatewayRule visible(Caller caller, UUID gatewayId, UUID id) {
		gateways.visible(caller, gatewayId);
		return find(gatewayId, id);
	}

	Page<GatewayRule> list(Caller caller, UUID gatewayId, Phase phase, PageRequest page) {
		gateways.visible(caller, gatewayId);
		return page.page(rules.page(gatewayId, phase == null ? null : phase.name(), page.after(), page.fetchSize()),
				GatewayRule::id);
	}

	Page<ResourceEvent> events(Caller caller, UUID gatewayId, UUID id, Integer limit, String cursor) {
		return changes.pageOf(limit, cursor, () -> visible(caller, gatewayId, id).ref());
	}

	/** A rule by id, for the provisioner; empty once deleted. */
	public Optional<GatewayRule> find(UUID id) {
		return rules.findById(id);
	}

	/** Every rule of a gateway, for the provisioner. */
	public List<GatewayRule> rulesOf(UUID gatewayId) {
		return rules.allOf(gatewayId);
	}

	/** The gateway, locked, when the spec routes only to its targets that are not being deleted. */
	private Gateway checked(Caller caller, UUID gatewayId, RuleSpec spec) {
		Gateway gateway = gateways.lockForTargetChange(caller, gatewayId);
		List<String> unknown = RuleChecks.unknown(spec.targets(), targets.targetsOf(gatewayId).stream()
			.filter(target -> !target.deletionRequested()).map(GatewayTarget::name).toList());
		if (!unknown.isEmpty()) {
			throw RuleProblems.targetUnknown(unknown);
		}
		return gateway;
	}

	/**
	 * Refuses a taken priority by asking first: inserting it would wait on the unique index for a reconcile writing
	 * the other rule, which may wait for this request's gateway lock (a deadlock, answered 503). The index stays the
	 * guarantee for two requests at the same moment.
	 */
	private GatewayRule save(GatewayRule rule) {
		if (rules.priorityTaken(rule.gatewayId(), rule.spec().priority(), rule.id())) {
			throw RuleProblems.priorityTaken(rule.spec().priority());
		}
		return UniqueConstraints.unique("gateway_rules_priority_per_gateway", () -> rules.save(rule),
				() -> RuleProblems.priorityTaken(rule.spec().priority()));
	}

	private GatewayRule find(UUID gatewayId, UUID id) {
		return rules.findById(id)
			.filter(rule -> rule.gatewayId().equals(gatewayId))
			.orElseThrow(() -> GatewayRule.KIND.notFound(id));
	}

}
