package dev.agentcore.controlplane.gateway;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ProvisioningError;

/** What gateways show of their managed execution roles; implemented by the module that manages them. */
public interface ManagedExecutionRoles {

	/** The managed roles of these gateways, by gateway id; a gateway without one is absent. */
	Map<UUID, View> of(Collection<UUID> gatewayIds);

	/**
	 * A managed execution role as its gateway shows it.
	 *
	 * @param managed always true: the control plane creates and keeps the role
	 * @param roleArn the role's ARN once IAM created it (GET .../permissions tells the ARN it will have)
	 * @param phase the provisioner's phase for the role: PENDING, CREATING, UPDATING, READY, FAILED or DELETING
	 * @param lastError why the role's last IAM call failed, if it did
	 */
	@Schema(name = "ManagedExecutionRoleStatus", requiredProperties = { "managed" }, description = "The IAM role the "
			+ "control plane creates and keeps for the gateway: roleArn once IAM created it, the provisioner's phase for "
			+ "the role and its lastError (e.g. an IAM refusal), as the gateway's own status shows them. GET "
			+ ".../permissions shows its policies.")
	record View(boolean managed, String roleArn, Phase phase, ProvisioningError lastError) {
	}

}
