package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;

import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/**
 * What the provisioner needs from AgentCore Policy: observe, create, update and delete policy engines
 * and their policies, each safe to repeat (creates carry a client token; deleting what is gone succeeds).
 * Failures are {@link AgentCoreFailure}s, as for gateways.
 */
public interface AgentCorePolicies {

	Call<Engine> createEngine(DesiredPolicyEngine desired, String clientToken);

	/** The engine, compared with what is desired; empty when AWS does not have it. */
	Optional<Engine> observeEngine(String engineId, DesiredPolicyEngine desired);

	Optional<Engine> findEngineByName(String name, DesiredPolicyEngine desired);

	Call<Engine> updateEngine(String engineId, DesiredPolicyEngine desired);

	Call<Void> deleteEngine(String engineId);

	Call<PolicyState> createPolicy(String engineId, DesiredPolicy desired, String clientToken);

	Optional<PolicyState> observePolicy(String engineId, String policyId, DesiredPolicy desired);

	Optional<PolicyState> findPolicyByName(String engineId, String name, DesiredPolicy desired);

	Call<PolicyState> updatePolicy(String engineId, String policyId, DesiredPolicy desired);

	Call<Void> deletePolicy(String engineId, String policyId);

	/** A policy engine as AWS reports it. */
	record Engine(String id, String arn, String status, List<String> statusReasons, boolean matchesDesired)
			implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, arn, null);
		}

	}

	/** A policy as AWS reports it. */
	record PolicyState(String id, String arn, String status, List<String> statusReasons, boolean matchesDesired)
			implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, arn, null);
		}

	}

}
