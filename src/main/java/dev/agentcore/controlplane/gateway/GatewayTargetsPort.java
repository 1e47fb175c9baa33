package dev.agentcore.controlplane.gateway;

import java.util.UUID;

/** What gateways need to know of their targets; implemented by the target module, which owns them. */
public interface GatewayTargetsPort {

	long count(UUID gatewayId);

	/** The credential type of each target of the gateway that is not being deleted, by target name. */
	java.util.Map<String, String> credentialTypes(UUID gatewayId);

	/** Marks every target of the gateway for deletion (cascade delete), in the caller's transaction. */
	void requestDeletionOfAll(UUID gatewayId, String actor);

}
