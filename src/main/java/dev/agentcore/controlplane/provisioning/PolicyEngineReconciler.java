package dev.agentcore.controlplane.provisioning;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.policy.PolicyEngine;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;
import dev.agentcore.controlplane.policy.PolicyEngineStatus;
import dev.agentcore.controlplane.policy.PolicyManagement;

/** Policy engines on the shared skeleton: their policies go before them, and wait for them to be READY. */
@Component
class PolicyEngineReconciler extends ResourceReconciler<PolicyEngine, DesiredPolicyEngine, AgentCorePolicies.Engine> {

	PolicyEngineReconciler(ReconcileSupport support, PolicyEngineManagement engines, PolicyManagement policies,
			PolicyEngineStatus status, AgentCorePolicies aws) {
		super(support, Kinds.policyEngine(engines, policies, status, aws)
			.waitsFor(support.limits.accountReady(PolicyEngine::placement)));
	}

	/** An engine lives in its placement's account and region (the gateways attaching it live there too). */
	@Override
	Next withinLimits(PolicyEngine engine, java.util.function.Supplier<Next> work) {
		return support.limits.inPlacement(engine.placement(), work);
	}

	@Override
	AwsState classify(String awsStatus) {
		return PolicyStatuses.classify(awsStatus);
	}

	@Override
	DesiredPolicyEngine desired(PolicyEngine engine) {
		return new DesiredPolicyEngine(engine.name(), engine.spec().description(), engine.spec().encryptionKeyArn(),
				engine.spec().tags());
	}

	@Override
	boolean replaceFailedCreate() {
		return true;
	}

}
