package dev.agentcore.controlplane.resource;

/**
 * A change an aggregate accepted, recorded by the aggregate itself and published when it is saved, in the caller's
 * transaction: {@link ResourceChanges} writes it into the history and hands the resource to the provisioner.
 *
 * @param createdIn where a just-declared resource is created in AWS, when its kind knows ({@link ResourceChanged})
 */
public record ResourceAccepted(ResourceRef ref, EventType type, String message, String actor,
		ResourceChanged.CreatedIn createdIn) {

	public ResourceAccepted(ResourceRef ref, EventType type, String message, String actor) {
		this(ref, type, message, actor, null);
	}

}
