package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.UUID;

/** Which gateway rules route to a target; implemented by the rules' module, which owns them. */
public interface TargetRoutes {

	/** The ids of the rules of the gateway (not being deleted) that route to the target named {@code target}. */
	List<String> rulesRoutingTo(UUID gatewayId, String target);

}
