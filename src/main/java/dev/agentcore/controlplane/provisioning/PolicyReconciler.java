package dev.agentcore.controlplane.provisioning;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.policy.Policy;
import dev.agentcore.controlplane.policy.PolicyEngine;
import dev.agentcore.controlplane.policy.PolicyEngineManagement;
import dev.agentcore.controlplane.policy.PolicyManagement;
import dev.agentcore.controlplane.policy.PolicyStatus;
import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceType;

/** Policies on the shared skeleton: created once their engine is READY; a failed create is replaced. */
@Component
class PolicyReconciler extends ResourceReconciler<PolicyReconciler.Row, DesiredPolicy, AgentCorePolicies.PolicyState> {

	private final PolicyManagement policies;

	private final PolicyEngineManagement engines;

	private final PolicyStatus status;

	private final AgentCorePolicies aws;

	PolicyReconciler(ReconcileSupport support, PolicyManagement policies, PolicyEngineManagement engines,
			PolicyStatus status, AgentCorePolicies aws) {
		super(support, new ResourceKind<>(ResourceType.POLICY, "Policy", status,
				id -> policies.find(id).flatMap(policy -> engines.find(policy.policyEngineId()).map(engine -> new Row(policy, engine))),
				row -> new Managed(row.policy().ref(), row.policy().name(), row.policy().generation(), row.policy().status(),
						row.policy().aws().policyId(), row.policy().createPendingAt(), row.policy().deletionRequested())));
		this.policies = policies;
		this.engines = engines;
		this.status = status;
		this.aws = aws;
	}

	/** A policy and its engine, read together for one reconcile. */
	record Row(Policy policy, PolicyEngine engine) {

		String engineAwsId() {
			return engine.aws().policyEngineId();
		}

	}

	@Override
	AwsState classify(String awsStatus) {
		return PolicyStatuses.classify(awsStatus);
	}

	@Override
	String blockedBeforeConverge(Row row) {
		PolicyEngine engine = row.engine();
		if (row.engineAwsId() == null || engine.status().phase() != Phase.READY || engine.deletionRequested()) {
			return "Waiting for policy engine " + engine.name() + " to be READY (it is "
					+ (engine.deletionRequested() ? Phase.DELETING : engine.status().phase()) + ").";
		}
		return null;
	}

	@Override
	DesiredPolicy desired(Row row) {
		Policy policy = row.policy();
		return new DesiredPolicy(policy.name(), policy.spec().description(), policy.spec().statement(),
				policy.spec().validationMode().name(), policy.spec().enforcementMode().name());
	}

	@Override
	AgentCore.Call<AgentCorePolicies.PolicyState> create(Row row, DesiredPolicy desired, String clientToken) {
		return aws.createPolicy(row.engineAwsId(), desired, clientToken);
	}

	@Override
	Optional<AgentCorePolicies.PolicyState> observe(Row row, String awsId, DesiredPolicy desired) {
		return row.engineAwsId() == null ? Optional.empty() : aws.observePolicy(row.engineAwsId(), awsId, desired);
	}

	@Override
	Optional<AgentCorePolicies.PolicyState> findByName(Row row, DesiredPolicy desired) {
		return row.engineAwsId() == null ? Optional.empty()
				: aws.findPolicyByName(row.engineAwsId(), row.policy().name(), desired);
	}

	@Override
	AgentCore.Call<AgentCorePolicies.PolicyState> update(Row row, String awsId, DesiredPolicy desired) {
		return aws.updatePolicy(row.engineAwsId(), awsId, desired);
	}

	@Override
	AgentCore.Call<Void> delete(Row row, String awsId) {
		return aws.deletePolicy(row.engineAwsId(), awsId);
	}

	@Override
	boolean replaceFailedCreate() {
		return true;
	}

	@Override
	String fixHint() {
		return "Fix the statement and PUT it, or POST .../reconcile.";
	}

	@Override
	void deleted(Row row) {
		if (row.engine().deletionRequested()) {
			support.queue.wake(ResourceType.POLICY_ENGINE, row.engine().id());
		}
	}

}
