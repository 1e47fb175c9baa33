package dev.agentcore.controlplane.provisioning;

import java.util.UUID;

/**
 * Points in a reconcile where tests inject crashes (e.g. between AWS's create and our commit of
 * its id). The application's implementation does nothing.
 */
public interface ProvisioningHooks {

	ProvisioningHooks NONE = new ProvisioningHooks() {
	};

	/** Called after AWS created a resource and before its id is recorded. */
	default void afterCreate(String kind, UUID id, String name) {
	}

}
