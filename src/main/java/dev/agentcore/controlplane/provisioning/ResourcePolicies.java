package dev.agentcore.controlplane.provisioning;

import java.util.Optional;

/**
 * A resource's resource-based policy in AgentCore (a gateway's: who besides its account may invoke it), each call
 * safe to repeat: PutResourcePolicy replaces it, DeleteResourcePolicy of none succeeds.
 */
public interface ResourcePolicies {

	/** The policy document AWS holds for the resource, as AWS returns it; empty when it holds none. */
	Optional<String> get(String resourceArn);

	AgentCore.Call<Void> put(String resourceArn, String policy);

	AgentCore.Call<Void> delete(String resourceArn);

}
