package dev.agentcore.controlplane.provisioning;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.policy.Policy;
import dev.agentcore.controlplane.policy.PolicyEngine;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;
import dev.agentcore.controlplane.policy.PolicyManagement;
import dev.agentcore.controlplane.policy.PolicyStatus;

/** Policies on the shared skeleton: created once their engine is READY; a failed create is replaced. */
@Component
class PolicyReconciler extends ResourceReconciler<PolicyReconciler.Row, DesiredPolicy, AgentCorePolicies.PolicyState> {

	PolicyReconciler(ReconcileSupport support, PolicyManagement policies, PolicyEngineManagement engines,
			PolicyStatus status, AgentCorePolicies aws) {
		super(support, Kinds.policy(policies, engines, status, aws));
	}

	/** A policy and its engine, read together for one reconcile. */
	record Row(Policy policy, PolicyEngine engine) {

		String engineAwsId() {
			return engine.aws().policyEngineId();
		}

	}

	/** A policy lives in its engine's account and region. */
	@Override
	Next withinLimits(Row row, java.util.function.Supplier<Next> work) {
		return support.limits.inPlacement(row.engine().placement(), work);
	}

	@Override
	AwsState classify(String awsStatus) {
		return PolicyStatuses.classify(awsStatus);
	}

	@Override
	DesiredPolicy desired(Row row) {
		Policy policy = row.policy();
		return new DesiredPolicy(policy.name(), policy.spec().description(), policy.spec().statement(),
				policy.spec().validationMode().name(), policy.spec().enforcementMode().name());
	}

	@Override
	boolean replaceFailedCreate() {
		return true;
	}

	@Override
	String fixHint() {
		return "Fix the statement and PUT it, or POST .../reconcile.";
	}

}
