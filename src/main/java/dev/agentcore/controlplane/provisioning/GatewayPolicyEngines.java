package dev.agentcore.controlplane.provisioning;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.gateway.Gateway;
import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.policy.PolicyEngine;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

/**
 * The policy engine a gateway attaches by our id: the gateway waits until the engine is READY (declared as
 * its {@link Wait}), then attaches the ARN AWS gave it.
 */
@Component
class GatewayPolicyEngines {

	private final PolicyEngineManagement engines;

	GatewayPolicyEngines(PolicyEngineManagement engines) {
		this.engines = engines;
	}

	/** The gateway waits until the engine it attaches by our id is READY (with its ARN) and not going away. */
	Wait<Gateway> gatewayWait() {
		return Wait.forResource(ResourceType.POLICY_ENGINE, this::ours, GatewayPolicyEngines::ready,
				engine -> "Waiting for policy engine " + engine.name() + " to be READY (it is "
						+ (engine.deletionRequested() ? Phase.DELETING : engine.status().phase()) + ").");
	}

	/** The ARN to attach: our engine's, or the one the spec names; null when none. */
	String arn(Gateway gateway) {
		GatewayMembers.PolicyEngine declared = gateway.spec().policyEngine();
		if (declared == null || declared.policyEngineId() == null) {
			return declared == null ? null : declared.arn();
		}
		return ours(gateway).map(engine -> engine.aws().policyEngineArn())
			.orElseThrow(() -> new Unreconcilable("POLICY_ENGINE_MISSING",
					"The policy engine " + declared.policyEngineId() + " the gateway attaches no longer exists."));
	}

	/**
	 * For a forecast, which never fails: the ARN the gateway would attach, or, for our engine AWS has not made yet (or
	 * no longer holds), a stand-in naming it, so that moving between engines shows as a change.
	 */
	String expectedArn(GatewaySpec spec) {
		GatewayMembers.PolicyEngine declared = spec.policyEngine();
		if (declared == null || declared.policyEngineId() == null) {
			return declared == null ? null : declared.arn();
		}
		return engines.find(declared.policyEngineId())
			.map(engine -> engine.aws().policyEngineArn())
			.orElse("policy engine " + declared.policyEngineId() + " (its ARN once READY)");
	}

	private Optional<PolicyEngine> ours(Gateway gateway) {
		GatewayMembers.PolicyEngine declared = gateway.spec().policyEngine();
		return declared == null || declared.policyEngineId() == null ? Optional.empty()
				: engines.find(declared.policyEngineId());
	}

	private static boolean ready(PolicyEngine engine) {
		return engine.status().phase() == Phase.READY && engine.aws().policyEngineArn() != null
				&& !engine.deletionRequested();
	}

}
