package dev.agentcore.controlplane.gateway;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.account.Placement;
import dev.agentcore.controlplane.UniqueConstraints;
import dev.agentcore.controlplane.resource.EventType;
import dev.agentcore.controlplane.resource.ResourceChanges;
import dev.agentcore.controlplane.resource.StatusUpdate;
import dev.agentcore.controlplane.security.Caller;

/**
 * Gateways that exist in AWS before the control plane knew them: which of ours manages an AWS
 * gateway, and declaring one as it is in AWS — through the same checks and the same declaration as
 * POST, with AWS's identity recorded at once, so the first reconcile observes it instead of
 * creating it. Runs in the caller's transaction.
 */
@Component
public class GatewayAdoptions {

	private final Gateways gateways;

	private final GatewayChecks checks;

	private final GatewayManagement management;

	private final GatewayStatus status;

	private final ResourceChanges changes;

	GatewayAdoptions(Gateways gateways, GatewayChecks checks, GatewayManagement management, GatewayStatus status,
			ResourceChanges changes) {
		this.gateways = gateways;
		this.checks = checks;
		this.management = management;
		this.status = status;
		this.changes = changes;
	}

	/** Our gateways managing these AWS gateways, by AWS gateway id. */
	public Map<String, Gateway> managing(Collection<String> awsGatewayIds) {
		return awsGatewayIds.isEmpty() ? Map.of()
				: gateways.managing(awsGatewayIds).stream()
					.collect(Collectors.toMap(g -> g.aws().gatewayId(), Function.identity(), (one, other) -> one));
	}

	/** Our gateways with these names, by name (names are unique in the account, and here). */
	public Map<String, Gateway> named(Collection<String> names) {
		// Names are unique ignoring case (V11): 'pay' in AWS conflicts with our 'Pay'.
		if (names.isEmpty()) {
			return Map.of();
		}
		Map<String, Gateway> byName = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		gateways.named(names.stream().map(name -> name.toLowerCase(java.util.Locale.ROOT)).toList())
			.forEach(gateway -> byName.put(gateway.name(), gateway));
		return byName;
	}

	/**
	 * Declares the gateway AWS holds, for the caller's team, with AWS's id, ARN, URL and status.
	 *
	 * @param spec the spec that makes the provisioner find nothing to change
	 * @param placement the account and region AWS holds it in (the team may place gateways there)
	 * @param message what the import found, for the history
	 */
	public Gateway adopt(Caller caller, String name, GatewaySpec spec, Placement placement,
			StatusUpdate.AwsIdentity identity, String awsStatus, List<String> statusReasons, String message) {
		checks.check(new GatewayRequest(name, spec.description(), spec.roleArn(), spec.authorizer(), spec.protocol(),
				spec.kmsKeyArn(), spec.exceptionLevel(), spec.tags(), spec.interceptors(), spec.policyEngine(), null,
				spec.resourcePolicy(), spec.oauthReturnUrls(), null));
		Gateway gateway = management.declare(caller, name, spec, placement, true);
		UniqueConstraints.unique("gateways_aws_gateway_id_unique", () -> {
			status.apply(gateway.id(), new StatusUpdate().identity(identity).awsStatus(awsStatus, statusReasons));
			return gateway;
		}, () -> GatewayProblems.awsGatewayManaged(identity.id()));
		changes.accepted(gateway.ref(), EventType.IMPORTED, message, caller.actor());
		return management.find(gateway.id()).orElseThrow();
	}

}
