package dev.agentcore.controlplane.provisioning;

import java.util.List;

import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/** A resource as AWS reports it, compared with what is desired. */
public interface Observed {

	AwsIdentity identity();

	/** AWS's status word, e.g. CREATING, READY, UPDATE_UNSUCCESSFUL. */
	String status();

	List<String> statusReasons();

	/** Whether AWS holds exactly what the current spec declares (for the members we own). */
	boolean matchesDesired();

	/** The owned members that differ from the spec, by AWS's names, where the kind can tell. */
	default List<String> differences() {
		return List.of();
	}

	/** Members AWS holds that the spec does not own and an update kept as they were. */
	default List<String> kept() {
		return List.of();
	}

}
