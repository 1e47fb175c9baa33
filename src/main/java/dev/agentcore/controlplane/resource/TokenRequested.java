package dev.agentcore.controlplane.resource;

import java.util.List;

/**
 * Published when a caller had the control plane request a token from a profile's identity provider
 * (a token request, or a probe with {@code tokenRequest}): audited as an action with what was asked
 * for, never with the secret or the token.
 *
 * @param ref the IDP profile whose identity provider was asked
 * @param clientId the client the token was requested for
 * @param scopes the scopes asked for (empty for the client's defaults)
 * @param audience the audience asked for, if any
 * @param issued whether the identity provider issued a token
 */
public record TokenRequested(ResourceRef ref, String clientId, List<String> scopes, String audience, boolean issued) {
}
