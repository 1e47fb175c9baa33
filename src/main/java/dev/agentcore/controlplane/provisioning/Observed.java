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

}
