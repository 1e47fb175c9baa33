package dev.agentcore.controlplane.gateway;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.web.Violations;

/** Every rule of a gateway request at once, for POST, PUT and their plans: Bean Validation and the rules across fields. */
@Component
class GatewayChecks {

	private final Violations violations;

	GatewayChecks(Violations violations) {
		this.violations = violations;
	}

	void check(GatewayRequest request) {
		Violations.Collector found = violations.of(request);
		GatewayRules.check(request, found);
		request.roleRules(found);
		ResourcePolicyRules.check(request.resourcePolicy(), request.name(), null, found);
		found.throwIfAny();
	}

}
