package dev.agentcore.controlplane.provisioning.aws;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.agentcore.controlplane.provisioning.AgentCore.Call;
import dev.agentcore.controlplane.provisioning.ResourcePolicies;

/**
 * {@link ResourcePolicies} through the AWS SDK (2.40.2 has the three operations). AgentCore answers
 * GetResourcePolicy for a resource without a policy with ResourceNotFoundException or without a policy member:
 * both are "none".
 */
@Component
class SdkResourcePolicies implements ResourcePolicies {

	private final AgentCoreClients clients;

	private final SdkCalls calls;

	SdkResourcePolicies(AgentCoreClients clients, SdkCalls calls) {
		this.clients = clients;
		this.calls = calls;
	}

	@Override
	public Optional<String> get(String resourceArn) {
		return calls.readIfPresent("GetResourcePolicy",
				() -> clients.get().getResourcePolicy(r -> r.resourceArn(resourceArn)))
			.map(answer -> answer.policy())
			.filter(policy -> !policy.isBlank());
	}

	@Override
	public Call<Void> put(String resourceArn, String policy) {
		return new Call<>(null, calls.mutating("PutResourcePolicy",
				() -> clients.get().putResourcePolicy(r -> r.resourceArn(resourceArn).policy(policy)))
			.responseMetadata()
			.requestId());
	}

	@Override
	public Call<Void> delete(String resourceArn) {
		return new Call<>(null, calls.deleteIfPresent("DeleteResourcePolicy",
				() -> clients.get().deleteResourcePolicy(r -> r.resourceArn(resourceArn)).responseMetadata().requestId()));
	}

}
