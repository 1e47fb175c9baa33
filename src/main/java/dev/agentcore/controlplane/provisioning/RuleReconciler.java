package dev.agentcore.controlplane.provisioning;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gatewayrule.GatewayRule;
import dev.agentcore.controlplane.gatewayrule.RuleManagement;
import dev.agentcore.controlplane.gatewayrule.RuleSpec;
import dev.agentcore.controlplane.gatewayrule.RuleStatus;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;

/** Gateway rules on the shared skeleton: created once their gateway is READY and the targets they name exist. */
@Component
class RuleReconciler extends ResourceReconciler<RuleReconciler.Row, RuleSpec, AgentCoreRules.RuleState> {

	RuleReconciler(ReconcileSupport support, RuleManagement rules, GatewayManagement gateways, TargetManagement targets,
			RuleStatus status, AgentCoreRules aws) {
		super(support, Kinds.gatewayRule(rules, gateways, targets, status, aws));
	}

	/** A rule, its gateway and the gateway's targets, read together for one reconcile. */
	record Row(GatewayRule rule, Gateway gateway, List<GatewayTarget> targets) {

		String gatewayAwsId() {
			return gateway.aws().gatewayId();
		}

		/** The targets the rule routes to, as the gateway has them. */
		List<GatewayTarget> routed() {
			return targets.stream().filter(target -> rule.spec().targets().contains(target.name())).toList();
		}

	}

	@Override
	AwsState classify(String awsStatus) {
		return PolicyStatuses.classify(awsStatus);
	}

	/** A rule lives in its gateway's account and region. */
	@Override
	Next withinLimits(Row row, java.util.function.Supplier<Next> work) {
		return support.limits.inPlacement(row.gateway().placement(), work);
	}

	@Override
	RuleSpec desired(Row row) {
		return row.rule().spec();
	}

	@Override
	String fixHint() {
		return "Fix the rule and PUT it, or POST .../reconcile.";
	}

}
