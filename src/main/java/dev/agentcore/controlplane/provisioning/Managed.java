package dev.agentcore.controlplane.provisioning;

import java.time.Instant;

import dev.agentcore.controlplane.resource.Phase;
import dev.agentcore.controlplane.resource.ResourceRef;
import dev.agentcore.controlplane.resource.ResourceStatus;

/**
 * What the reconcile skeleton needs to know of any managed resource's row.
 *
 * @param ref the resource and the history it reports to
 * @param name its name, unique where AWS looks it up after a lost create
 * @param generation the spec's generation
 * @param status what the provisioner last recorded
 * @param awsId AWS's id, once a create's result was recorded
 * @param createPendingAt set while a create may have reached AWS without its result being recorded
 * @param deletionRequested whether the resource is to be deleted
 */
record Managed(ResourceRef ref, String name, long generation, ResourceStatus status, String awsId,
		Instant createPendingAt, boolean deletionRequested) {

	Phase phase() {
		return status.phase();
	}

	/** The generation AWS has: a difference from the spec at that generation is somebody else's change. */
	boolean specApplied() {
		return status.observedGeneration() >= generation;
	}

}
