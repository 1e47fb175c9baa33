package dev.agentcore.controlplane.gatewaytarget;

import java.util.UUID;

/**
 * Published within the transaction whenever a target's desired state changed: the provisioner
 * must make AWS match it.
 *
 * @param gatewayId the target's gateway
 * @param targetId the target
 */
public record TargetChanged(UUID gatewayId, UUID targetId) {
}
