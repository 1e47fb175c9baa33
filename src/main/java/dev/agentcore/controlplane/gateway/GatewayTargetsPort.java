package dev.agentcore.controlplane.gateway;

import java.util.UUID;

/** What gateways need to know of their targets; implemented by the target module, which owns them. */
public interface GatewayTargetsPort {

	long count(UUID gatewayId);

	/** Marks every target of the gateway for deletion (cascade delete), in the caller's transaction. */
	void requestDeletionOfAll(UUID gatewayId, String actor);

}
