package dev.agentcore.controlplane.provisioning;

import java.util.Map;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayStatus;

/**
 * What a gateway declares that UpdateGateway does not carry, converged once AWS holds its configuration: its tags
 * (those a create of this generation carried are held already: no read-back, issue #27), its resource policy
 * ({@link GatewayResourcePolicy}), the workload identity AgentCore gave it (recorded) and that identity's OAuth return
 * URLs (when the gateway declares them).
 */
@Component
class GatewayUnsentMembers {

	private final AgentCore aws;

	private final GatewayStatus status;

	private final GatewayResourcePolicy resourcePolicy;

	private final CarriedByCreate<Map<String, String>> tagsCreatedWith = new CarriedByCreate<>();

	GatewayUnsentMembers(AgentCore aws, GatewayStatus status, GatewayResourcePolicy resourcePolicy) {
		this.aws = aws;
		this.status = status;
		this.resourcePolicy = resourcePolicy;
	}

	/** CreateGateway carried the desired tags: the first READY pass of that generation need not read them back. */
	void createdWith(Gateway gateway, DesiredGateway desired) {
		tagsCreatedWith.remember(gateway.id(), gateway.generation(), desired.spec().tags());
	}

	void converge(Gateway gateway, AgentCore.Gateway observed, Report report) {
		if (!tagsCreatedWith.takeIfCarried(gateway.id(), gateway.generation(), gateway.spec().tags())) {
			AgentCore.Call<String> tags = aws.convergeTags(observed.arn(), gateway.spec().tags());
			if (tags.result() != null) {
				report.awsCall("TagResource", tags.requestId(), tags.result());
			}
		}
		resourcePolicy.converge(gateway, observed.arn(), report);
		String identity = observed.workloadIdentityArn();
		if (identity != null && !identity.equals(gateway.aws().workloadIdentityArn())) {
			report.record(status.workloadIdentity(identity));
		}
		if (identity != null && gateway.spec().oauthReturnUrls() != null) {
			AgentCore.Call<String> urls = aws.convergeReturnUrls(identity, gateway.spec().oauthReturnUrls());
			if (urls.result() != null) {
				report.awsCall("UpdateWorkloadIdentity", urls.requestId(), urls.result());
			}
		}
	}

}
