package dev.agentcore.controlplane.gatewaytarget;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * A gateway's targets, read without the management service, for the checks a gateway's own change runs in
 * other modules (the tools a policy engine's ENFORCE guard looks at): {@link TargetManagement} depends on the
 * gateway module, so those checks must not depend on it.
 */
@Component
public class DeclaredTargets {

	private final GatewayTargets targets;

	DeclaredTargets(GatewayTargets targets) {
		this.targets = targets;
	}

	/** Every target of the gateway, those being deleted too. */
	public List<GatewayTarget> of(UUID gatewayId) {
		return targets.allOf(gatewayId);
	}

}
