package dev.agentcore.controlplane.executionrole;

import java.util.UUID;

/**
 * AWS made the gateway (the provisioner found it READY for the first time), announced with the gateway's
 * status in one transaction: its managed role, if it has one, pins its trust policy to the gateway's ARN.
 *
 * @param gatewayId the gateway
 */
public record GatewayCreatedInAws(UUID gatewayId) {
}
