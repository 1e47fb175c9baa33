package dev.agentcore.controlplane.idp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which gateways use a profile; implemented by the gateway module, which owns gateways. */
public interface GatewayUsage {

	List<UUID> gatewaysUsing(UUID profileId);

	Map<UUID, Long> countsFor(Collection<UUID> profileIds);

}
