package dev.agentcore.controlplane.gateway;

import java.util.UUID;

/**
 * Published within the transaction whenever a gateway's desired state changed (created,
 * respecified, deletion requested): the provisioner must make AWS match it.
 *
 * @param gatewayId the gateway
 */
public record GatewayChanged(UUID gatewayId) {
}
