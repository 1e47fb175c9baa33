package dev.agentcore.controlplane.gateway;

/** What gateways need to know of policy engines; implemented by the policy module, which owns them. */
public interface PolicyEngineAttachments {

	/**
	 * Checks the policy engine a gateway of {@code team} is to attach, and throws the problem to answer:
	 * an engine named by id must be one of the team's and not being deleted; a gateway moving to ENFORCE
	 * must have some policy of its engine that permits one of its tools, unless {@code acknowledgeDenyAll}.
	 *
	 * @param current the gateway before the change; null for a new one
	 * @param next the spec to accept
	 */
	void checkAttachment(String team, Gateway current, GatewaySpec next, boolean acknowledgeDenyAll);

	/** Where a policy engine the control plane manages lives; empty when there is no such engine. */
	java.util.Optional<dev.agentcore.controlplane.account.Placement> placementOf(java.util.UUID engineId);

}
