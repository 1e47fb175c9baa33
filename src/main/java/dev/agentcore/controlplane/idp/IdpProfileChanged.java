package dev.agentcore.controlplane.idp;

import java.util.UUID;

/**
 * Published, within the transaction, when a profile's authorizer settings changed: every gateway
 * that uses it must be provisioned again.
 *
 * @param profileId the profile
 * @param actor who changed it
 */
public record IdpProfileChanged(UUID profileId, String actor) {
}
