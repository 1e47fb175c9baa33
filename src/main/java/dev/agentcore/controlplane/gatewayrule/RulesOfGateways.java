package dev.agentcore.controlplane.gatewayrule;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gatewaytarget.TargetRoutes;
import dev.agentcore.controlplane.resource.ChangeAccepted;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * What targets and gateways need of their rules: which rules route to a target (a target's DELETE is refused
 * while any does), and a gateway's deletion takes its rules with it, in the same transaction. Without the
 * management service, so the target module can ask it without a cycle back through the gateway's.
 */
@Component
class RulesOfGateways implements TargetRoutes {

	private final Rules rules;

	private final RuleStatus status;

	RulesOfGateways(Rules rules, RuleStatus status) {
		this.rules = rules;
		this.status = status;
	}

	@Override
	public List<String> rulesRoutingTo(UUID gatewayId, String target) {
		return rules.allOf(gatewayId)
			.stream()
			.filter(rule -> !rule.deletionRequested() && rule.spec().targets().contains(target))
			.map(rule -> rule.id().toString())
			.toList();
	}

	@EventListener
	void on(ChangeAccepted change) {
		if (change.action() == ChangeAccepted.Action.DELETE && change.ref().type() == ResourceType.GATEWAY) {
			rules.allOf(change.ref().id()).forEach(rule -> markForDeletion(rule, "control plane: gateway deleted"));
		}
	}

	/** Marks a rule for deletion: its own DELETE, and its gateway's deletion. */
	GatewayRule markForDeletion(GatewayRule rule, String actor) {
		if (!rule.requestDeletion(actor)) {
			return rule;
		}
		GatewayRule saved = rules.save(rule);
		status.phase(saved.id(), Phase.DELETING, "Deleting the rule.");
		return saved;
	}

}
