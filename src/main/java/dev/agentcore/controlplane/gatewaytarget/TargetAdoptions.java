package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.StatusUpdate;
import dev.agentcore.controlplane.security.Caller;
import dev.agentcore.controlplane.web.InvalidRequest;

/**
 * Targets that exist in AWS before the control plane knew them: declared as they are, through the
 * same checks and declaration as POST, with AWS's id and status recorded at once. Runs in the
 * caller's transaction.
 */
@Component
public class TargetAdoptions {

	private final GatewayTargets targets;

	private final TargetChecks checks;

	private final TargetManagement management;

	private final TargetStatus status;

	private final ResourceChanges changes;

	TargetAdoptions(GatewayTargets targets, TargetChecks checks, TargetManagement management, TargetStatus status,
			ResourceChanges changes) {
		this.targets = targets;
		this.checks = checks;
		this.management = management;
		this.status = status;
		this.changes = changes;
	}

	/** Our target of the gateway that manages this AWS target, if any. */
	public Optional<GatewayTarget> managing(UUID gatewayId, String awsTargetId) {
		return targets.managing(gatewayId, awsTargetId);
	}

	/** Why POST would refuse the target as AWS holds it; null when it would take it. */
	public String refusal(String name, TargetType type, TargetSpec spec) {
		try {
			checks.check(request(name, type, spec));
			return null;
		}
		catch (InvalidRequest refused) {
			Object errors = refused.getBody().getProperties() == null ? null : refused.getBody().getProperties().get("errors");
			return "what AWS holds breaks the API's rules: " + (errors == null ? refused.getBody().getDetail() : errors);
		}
	}

	/**
	 * Declares the target AWS holds on the caller's gateway.
	 *
	 * @param spec the spec that makes the provisioner find nothing to change
	 * @param message what the import found, for the history
	 */
	public GatewayTarget adopt(Caller caller, UUID gatewayId, String name, TargetType type, TargetSpec spec, String targetId,
			String awsStatus, List<String> statusReasons, String message) {
		checks.check(request(name, type, spec));
		GatewayTarget target = management.declare(caller, gatewayId, name, type, spec);
		status.apply(target.id(), new StatusUpdate().identity(new StatusUpdate.AwsIdentity(targetId, null, null))
			.awsStatus(awsStatus, statusReasons));
		changes.accepted(target.ref(), EventType.IMPORTED, message, caller.actor());
		return management.find(target.id()).orElseThrow();
	}

	private static TargetRequest request(String name, TargetType type, TargetSpec spec) {
		return new TargetRequest(name, spec.description(), type, spec.openApi(), spec.smithy(), spec.lambda(),
				spec.mcpServer(), spec.apiGateway(), spec.agentcoreRuntime(), spec.credentials(), spec.metadata(),
				spec.privateEndpoint());
	}

}
