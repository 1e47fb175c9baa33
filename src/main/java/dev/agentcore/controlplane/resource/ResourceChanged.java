package dev.agentcore.controlplane.resource;

/**
 * A resource's desired state changed (declared, replaced, to be deleted, reconcile requested):
 * published in the transaction that changed it, so the provisioner's work is queued with it.
 */
public record ResourceChanged(ResourceRef ref) {
}
