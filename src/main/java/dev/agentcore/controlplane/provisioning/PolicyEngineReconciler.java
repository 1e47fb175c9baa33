package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.policy.Policy;
import dev.agentcore.controlplane.policy.PolicyEngine;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;
import dev.agentcore.controlplane.policy.PolicyEngineStatus;
import dev.agentcore.controlplane.policy.PolicyManagement;
import dev.agentcore.controlplane.resource.ResourceType;

/** Policy engines on the shared skeleton: their policies go before them, and wait for them to be READY. */
@Component
class PolicyEngineReconciler extends ResourceReconciler<PolicyEngine, DesiredPolicyEngine, AgentCorePolicies.Engine> {

	private final PolicyEngineManagement engines;

	private final PolicyManagement policies;

	private final PolicyEngineStatus status;

	private final AgentCorePolicies aws;

	PolicyEngineReconciler(ReconcileSupport support, PolicyEngineManagement engines, PolicyManagement policies,
			PolicyEngineStatus status, AgentCorePolicies aws) {
		super(support, new ResourceKind<>(ResourceType.POLICY_ENGINE, "PolicyEngine", status, engines::find,
				engine -> new Managed(engine.ref(), engine.name(), engine.generation(), engine.status(),
						engine.aws().policyEngineId(), engine.createPendingAt(), engine.deletionRequested())));
		this.engines = engines;
		this.policies = policies;
		this.status = status;
		this.aws = aws;
	}

	@Override
	AwsState classify(String awsStatus) {
		return PolicyStatuses.classify(awsStatus);
	}

	@Override
	String blockedBeforeDelete(PolicyEngine engine) {
		List<Policy> remaining = policies.policiesOf(engine.id());
		return remaining.isEmpty() ? null : "Waiting for " + remaining.size() + " policies to be deleted first.";
	}

	@Override
	DesiredPolicyEngine desired(PolicyEngine engine) {
		return new DesiredPolicyEngine(engine.name(), engine.spec().description(), engine.spec().encryptionKeyArn(),
				engine.spec().tags());
	}

	@Override
	AgentCore.Call<AgentCorePolicies.Engine> create(PolicyEngine engine, DesiredPolicyEngine desired, String clientToken) {
		return aws.createEngine(desired, clientToken);
	}

	@Override
	Optional<AgentCorePolicies.Engine> observe(PolicyEngine engine, String awsId, DesiredPolicyEngine desired) {
		return aws.observeEngine(awsId, desired);
	}

	@Override
	Optional<AgentCorePolicies.Engine> findByName(PolicyEngine engine, DesiredPolicyEngine desired) {
		return aws.findEngineByName(engine.name(), desired);
	}

	@Override
	AgentCore.Call<AgentCorePolicies.Engine> update(PolicyEngine engine, String awsId, DesiredPolicyEngine desired) {
		return aws.updateEngine(awsId, desired);
	}

	@Override
	AgentCore.Call<Void> delete(PolicyEngine engine, String awsId) {
		return aws.deleteEngine(awsId);
	}

	@Override
	boolean replaceFailedCreate() {
		return true;
	}

	/** Ready: its waiting policies, and the gateways that attach it, can go on. */
	@Override
	Next ready(PolicyEngine engine, String awsId, AgentCorePolicies.Engine observed, Report report) {
		Next next = super.ready(engine, awsId, observed, report);
		policies.policiesOf(engine.id()).forEach(policy -> support.queue.wake(ResourceType.POLICY, policy.id()));
		engines.attachedGateways(engine).forEach(gateway -> support.queue.wake(ResourceType.GATEWAY, gateway.id()));
		return next;
	}

}
