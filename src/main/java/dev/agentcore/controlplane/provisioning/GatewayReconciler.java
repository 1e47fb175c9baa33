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

	private final GatewayStatus status;

	private final AgentCore aws;

	private final GatewayNeighbours neighbours;

	private final CarriedByCreate<java.util.Map<String, String>> tagsCreatedWith = new CarriedByCreate<>();

	GatewayReconciler(ReconcileSupport support, GatewayManagement gateways, TargetManagement targets,
			GatewayStatus status, AgentCore aws, GatewayNeighbours neighbours) {
		super(support, Kinds.gateway(gateways, targets, status, aws, neighbours,
				support.limits.accountReady(Gateway::placement)));
		this.status = status;
		this.aws = aws;
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

	/** CreateGateway carries the tags: the first READY pass of that generation need not read them back. */
	@Override
	void createdInAws(Gateway gateway, DesiredGateway desired) {
		tagsCreatedWith.remember(gateway.id(), gateway.generation(), desired.spec().tags());
	}

	/**
	 * Tags and the resource policy converge once the configuration is in AWS (UpdateGateway carries neither; tags a
	 * create of this generation carried are held already); the workload identity is recorded, and its OAuth return
	 * URLs converge when the gateway declares them.
	 */
	@Override
	Next ready(Gateway gateway, String awsId, AgentCore.Gateway observed, Report report) {
		if (!tagsCreatedWith.takeIfCarried(gateway.id(), gateway.generation(), gateway.spec().tags())) {
			AgentCore.Call<String> tags = aws.convergeTags(observed.arn(), gateway.spec().tags());
			if (tags.result() != null) {
				report.awsCall("TagResource", tags.requestId(), tags.result());
			}
		}
		neighbours.resourcePolicy(gateway, observed.arn(), report);
		if (observed.workloadIdentityArn() != null
				&& !observed.workloadIdentityArn().equals(gateway.aws().workloadIdentityArn())) {
			report.record(status.workloadIdentity(observed.workloadIdentityArn()));
		}
		if (observed.workloadIdentityArn() != null && gateway.spec().oauthReturnUrls() != null) {
			AgentCore.Call<String> urls = aws.convergeReturnUrls(observed.workloadIdentityArn(),
					gateway.spec().oauthReturnUrls());
			if (urls.result() != null) {
				report.awsCall("UpdateWorkloadIdentity", urls.requestId(), urls.result());
			}
		}
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
