package dev.agentcore.controlplane.provisioning;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.idp.IdpProfileSpec;

/**
 * What AWS should hold for a gateway.
 *
 * @param name the gateway's name
 * @param spec its declared spec
 * @param profile the IDP profile behind a CUSTOM_JWT authorizer; null otherwise
 */
public record DesiredGateway(String name, GatewaySpec spec, IdpProfileSpec profile) {
}
