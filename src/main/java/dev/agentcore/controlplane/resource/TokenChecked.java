package dev.agentcore.controlplane.resource;

/**
 * Published when a caller had a token checked against a profile or gateway: audited as an action,
 * never with the token.
 *
 * @param ref the IDP profile or gateway the token was checked against
 * @param accepted whether the authorizer would accept the token
 */
public record TokenChecked(ResourceRef ref, boolean accepted) {
}
