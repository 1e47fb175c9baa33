package dev.agentcore.controlplane.provisioning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.gatewaytarget.TargetSpec;
import dev.agentcore.controlplane.gatewaytarget.TargetType;
import dev.agentcore.controlplane.idp.IdpProfileSpec;
import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/**
 * What the AWS account holds, read for imports: gateways and their targets as the control plane's
 * specs, exactly (a spec that would make the provisioner change anything is not offered), and
 * what the specs cannot express. Reads only.
 */
public interface AgentCoreInventory {

	/** One page of ListGateways; {@code nextToken} null for the first. */
	Page gateways(String nextToken, int maxResults);

	/** The gateway, its targets and its tags as specs; empty when AWS has no such gateway. */
	Optional<FoundGateway> gateway(String gatewayId);

	/** One target of a gateway as a spec; empty when AWS has no such target. */
	Optional<FoundTarget> target(String gatewayId, String targetId);

	/**
	 * @param items the gateways of the page
	 * @param nextToken the next page's token; null after the last
	 */
	record Page(List<Summary> items, String nextToken) {
	}

	/** A gateway as ListGateways shows it. */
	record Summary(String gatewayId, String name, String status, String authorizerType, String description,
			Instant updatedAt) {
	}

	/**
	 * @param name the gateway's name
	 * @param identity its id, ARN and URL
	 * @param status AWS's status word
	 * @param statusReasons AWS's reasons
	 * @param spec the spec that makes the provisioner find nothing to change; its authorizer names no
	 * IDP profile yet (the importer adds one made of {@code profile})
	 * @param profile the JWT authorizer's settings (CUSTOM_JWT, AUTHENTICATE_ONLY); null otherwise
	 * @param targets every target, importable or not
	 * @param notes what the spec cannot express, and what happens to it
	 * @param refusal why the gateway cannot be imported; null when it can
	 */
	record FoundGateway(String name, AwsIdentity identity, String status, List<String> statusReasons, GatewaySpec spec,
			IdpProfileSpec profile, List<FoundTarget> targets, List<String> notes, String refusal) {
	}

	/**
	 * @param name the target's name
	 * @param targetId AWS's id
	 * @param status AWS's status word
	 * @param statusReasons AWS's reasons
	 * @param lastSynchronizedAt when its tools were last synchronized
	 * @param type its type; null when the API has none for it
	 * @param spec the spec that makes the provisioner find nothing to change; null when there is none
	 * @param notes what the spec cannot express
	 * @param refusal why the target cannot be imported; null when it can
	 */
	record FoundTarget(String name, String targetId, String status, List<String> statusReasons, Instant lastSynchronizedAt,
			TargetType type, TargetSpec spec, List<String> notes, String refusal) {
	}

}
