package dev.agentcore.controlplane.idp;

import java.util.UUID;

import dev.agentcore.controlplane.resource.Phase;

/**
 * What {@code StatusWritesTests} must refuse when the provisioner calls it: another module's method
 * that writes a status on the side, as {@code ManagedProfiles.publishAuthorizer} once did.
 */
public final class StatusWriteOnTheSide {

	private final IdpProfileStatus status;

	public StatusWriteOnTheSide(IdpProfileStatus status) {
		this.status = status;
	}

	public void hiddenWrite(UUID id) {
		status.phase(id, Phase.READY, "written beside the report");
	}

}
