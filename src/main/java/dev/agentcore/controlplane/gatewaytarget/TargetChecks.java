package dev.agentcore.controlplane.gatewaytarget;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.web.Violations;

/** Every rule of a target request, for POST, PUT and their plans: all field violations at once, then the credentials matrix. */
@Component
class TargetChecks {

	private final Violations violations;

	TargetChecks(Violations violations) {
		this.violations = violations;
	}

	void check(TargetRequest request) {
		Violations.Collector found = violations.of(request);
		TargetRules.check(request, found);
		found.throwIfAny();
		CredentialRules.allowed(request.type(), request.spec().credentials());
	}

}
