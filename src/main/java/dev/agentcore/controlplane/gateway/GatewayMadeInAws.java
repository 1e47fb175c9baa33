package dev.agentcore.controlplane.gateway;

import java.util.UUID;

/**
 * AWS made the gateway: it is READY for the first time, with its ARN recorded. Announced by the
 * provisioner in the transaction that writes that status, so what trusted the gateway by its name
 * (a managed execution role) can trust its exact ARN from now on.
 */
public record GatewayMadeInAws(UUID gatewayId) {
}
