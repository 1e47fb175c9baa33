package dev.agentcore.controlplane.provisioning;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gateway.GatewayStatus;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.resource.Phase;

/** Gateways on the shared skeleton: targets go before the gateway, and wait for it to be READY. */
@Component
class GatewayReconciler extends ResourceReconciler<Gateway, DesiredGateway, AgentCore.Gateway> {

	private final GatewayNeighbours neighbours;

	GatewayReconciler(ReconcileSupport support, GatewayManagement gateways, TargetManagement targets,
			GatewayStatus status, AgentCore aws, GatewayNeighbours neighbours) {
		super(support, Kinds.gateway(gateways, targets, status, aws, neighbours,
				support.limits.accountReady(Gateway::placement)));
		this.neighbours = neighbours;
	}

	@Override
	Next withinLimits(Gateway gateway, java.util.function.Supplier<Next> work) {
		return support.limits.inPlacement(gateway.placement(), work);
	}

	@Override
	DesiredGateway desired(Gateway gateway) {
		return neighbours.desired(gateway);
	}

	@Override
	boolean replaceFailedCreate() {
		return true;
	}

	@Override
	void createdInAws(Gateway gateway, DesiredGateway desired) {
		neighbours.members().createdWith(gateway, desired);
	}

	/** What UpdateGateway does not carry converges once the configuration is in AWS ({@link GatewayUnsentMembers}). */
	@Override
	Next ready(Gateway gateway, String awsId, AgentCore.Gateway observed, Report report) {
		neighbours.members().converge(gateway, observed, report);
		boolean created = gateway.status().phase() == Phase.PENDING || gateway.status().phase() == Phase.CREATING;
		Next next = super.ready(gateway, awsId, observed, report);
		if (created) {
			neighbours.gatewayCreated(gateway, observed.arn(), report);
		}
		return next;
	}

	@Override
	void beforeChange(Gateway gateway, Report report) {
		neighbours.preflight(gateway, report);
	}

	@Override
	String fixHint() {
		return "Fix the spec (or the role) and PUT it, or POST .../reconcile.";
	}

}
