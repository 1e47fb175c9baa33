package dev.agentcore.controlplane.provisioning;

import java.util.Map;

import dev.agentcore.controlplane.provisioning.AgentCore.Call;

/**
 * Where the provisioner keeps the client secrets of managed identity providers: AWS Secrets
 * Manager. Secrets are named by the provisioner, so storing again finds the same secret.
 */
public interface ClientSecretStore {

	/**
	 * Stores {@code value} in the secret {@code name}, creating it or adding a new version; the
	 * result is the secret's ARN.
	 */
	Call<String> store(String name, String value, Map<String, String> tags);

	/** Whether the secret (by name or ARN) exists and is not scheduled for deletion. */
	boolean exists(String nameOrArn);

	/** Deletes the secret at once, without a recovery window; one that is gone counts as deleted. */
	Call<Void> delete(String nameOrArn);

}
