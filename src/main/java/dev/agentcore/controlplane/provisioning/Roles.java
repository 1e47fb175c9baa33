package dev.agentcore.controlplane.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/**
 * What the provisioner needs from IAM for managed execution roles: create, observe, update and
 * delete, each safe to repeat. A role is the control plane's only when its tags say it was made
 * for that gateway; a role of the same name that is not is never adopted, changed or deleted.
 */
public interface Roles {

	/** Name of the one inline policy a managed role holds. */
	String PERMISSIONS_POLICY = "AgentCoreGatewayPermissions";

	AgentCore.Call<Role> create(DesiredRole desired);

	/**
	 * The role, compared with {@code desired} (null when it cannot be built: never matches); empty
	 * when IAM does not have it.
	 */
	Optional<Role> observe(String name, UUID gatewayId, DesiredRole desired);

	AgentCore.Call<Role> update(DesiredRole desired);

	/** Deletes the role and its inline policies; a role already gone counts as deleted. */
	AgentCore.Call<Void> delete(String name, UUID gatewayId);

	/**
	 * What IAM should hold.
	 *
	 * @param name the role's name
	 * @param gatewayId the gateway it serves (a tag)
	 * @param gatewayName the gateway's name (a tag and the description)
	 * @param trustPolicy the trust policy, JSON
	 * @param permissionsPolicy the inline permissions policy, JSON; null when the targets need nothing
	 */
	record DesiredRole(String name, UUID gatewayId, String gatewayName, String trustPolicy, String permissionsPolicy) {
	}

	/**
	 * A role as IAM reports it. IAM roles have no transitions: a role that exists is READY.
	 *
	 * @param matchesDesired whether its trust policy, inline policies and tags are exactly the desired ones
	 */
	record Role(String id, String arn, boolean matchesDesired) implements Observed {

		@Override
		public AwsIdentity identity() {
			return new AwsIdentity(id, arn, null);
		}

		@Override
		public String status() {
			return "READY";
		}

		@Override
		public List<String> statusReasons() {
			return List.of();
		}

	}

}
