package dev.agentcore.controlplane.policy;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;

/** Which gateways attach which of our engines (filled in once gateways carry policyEngine). */
@Component
class Attachments {

	List<Gateway> gatewaysOf(PolicyEngine engine) {
		return List.of();
	}

	Optional<Attached> engineOf(Gateway gateway) {
		return Optional.empty();
	}

	/**
	 * One of our engines as a gateway attaches it.
	 *
	 * @param engine the engine
	 * @param enforced whether the mode is ENFORCE (LOG_ONLY records decisions only)
	 */
	record Attached(PolicyEngine engine, boolean enforced) {
	}

}
