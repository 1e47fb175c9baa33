package dev.agentcore.controlplane.credentialprovider;

import dev.agentcore.controlplane.resource.ManagedResources;

/**
 * All credential providers, of every team. A provider's row lock ({@code lockById}) keeps a target naming it and its
 * deletion from passing each other.
 */
interface CredentialProviders extends ManagedResources<CredentialProvider> {

}
