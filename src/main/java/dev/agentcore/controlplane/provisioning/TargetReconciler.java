package dev.agentcore.controlplane.provisioning;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayManagement;
import dev.agentcore.controlplane.gatewaytarget.GatewayTarget;
import dev.agentcore.controlplane.gatewaytarget.TargetManagement;
import dev.agentcore.controlplane.permissions.GatewayPermissions;

/**
 * Targets on the shared skeleton: created once their gateway is READY, within the gateway's limit
 * of concurrent target operations, and synchronized when asked.
 */
@Component
class TargetReconciler extends ResourceReconciler<TargetReconciler.Row, DesiredTarget, AgentCore.Target> {

	static final String DELETE_AWAITS_CONSENT = TargetWaits.DELETE_AWAITS_CONSENT;

	private final TargetWaits waits;

	private final GatewayNeighbours neighbours;

	TargetReconciler(ReconcileSupport support, TargetManagement targets, GatewayManagement gateways, TargetWaits waits,
			GatewayNeighbours neighbours) {
		super(support, Kinds.target(targets, gateways, waits.status(), waits.aws(), neighbours));
		this.waits = waits;
		this.neighbours = neighbours;
	}

	/** A target and its gateway, read together for one reconcile. */
	record Row(GatewayTarget target, Gateway gateway) {

		String gatewayAwsId() {
			return gateway.aws().gatewayId();
		}

	}

	@Override
	DesiredTarget desired(Row row) {
		GatewayTarget target = row.target();
		return new DesiredTarget(target.name(), target.type(), neighbours.targetSpec(target));
	}

	/**
	 * Sends a requested (or scheduled and due) synchronization, or records what AWS holds of the last one, before the
	 * skeleton's READY; a schedule brings the next look forward to when it is due.
	 */
	@Override
	Next ready(Row row, String awsId, AgentCore.Target observed, Report report) {
		Next synchronizing = waits.ready(row, awsId, observed, report);
		return synchronizing != null ? synchronizing
				: waits.soonerIfScheduled(row.target(), observed, super.ready(row, awsId, observed, report));
	}

	/** AWS waits for a person's OAuth consent (*_PENDING_AUTH). */
	@Override
	Next awaitingOutside(Row row, AgentCore.Target observed, Report report) {
		return waits.consentAwaited(row.target(), observed, report);
	}

	/** AgentCore does not delete a target that waits for OAuth consent. */
	@Override
	Next deleteWaitsOutside(Row row, Managed managed, AgentCore.Target observed, Report report) {
		return classify(observed.status()) != AwsState.WAITING ? null
				: waits.deleteAwaitsConsent(row, managed, observed, report);
	}

	@Override
	void beforeChange(Row row, Report report) {
		neighbours.preflight(row.gateway(), GatewayPermissions.PlannedTarget.of(row.target()), report);
	}

	@Override
	Next withinLimits(Row row, Supplier<Next> work) {
		// A target lives in its gateway's account and region.
		return support.limits.inPlacement(row.gateway().placement(),
				() -> support.limits.forTargetOf(row.target().gatewayId(), work));
	}

}
