package dev.agentcore.controlplane.resource;

/**
 * A resource's desired state changed (declared, replaced, to be deleted, reconcile requested):
 * published in the transaction that changed it, so the provisioner's work is queued with it.
 *
 * @param ref the resource
 * @param createdIn for a resource just declared whose kind knows where its first reconcile creates it in AWS: that
 * account and region, so the provisioner can queue it for its turn at that quota at once instead of looking at it
 * first only to learn that its turn is later (issue #27); null otherwise
 */
public record ResourceChanged(ResourceRef ref, CreatedIn createdIn) {

	public ResourceChanged(ResourceRef ref) {
		this(ref, null);
	}

	/**
	 * The account and region a new resource is created in.
	 *
	 * @param accountId the 12-digit AWS account id; null for the control plane's own account and region
	 * @param region the region; null for the control plane's own
	 */
	public record CreatedIn(String accountId, String region) {

		/** The control plane's own account and region. */
		public static final CreatedIn OWN = new CreatedIn(null, null);

		public boolean own() {
			return accountId == null;
		}

	}

}
