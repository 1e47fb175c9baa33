package dev.agentcore.controlplane.adoption;

import java.util.Set;

/**
 * Which AWS statuses an import takes over. A gateway or target AWS is deleting, or that failed to
 * be created, is not desired state anyone wants: once AWS removes it, the first reconcile would
 * create it again.
 */
final class ImportableStatus {

	private static final Set<String> IMPORTABLE = Set.of("READY", "UPDATING", "UPDATE_UNSUCCESSFUL", "SYNCHRONIZING",
			"SYNCHRONIZE_UNSUCCESSFUL", "CREATING");

	private ImportableStatus() {
	}

	static boolean of(String status) {
		return status == null || IMPORTABLE.contains(status);
	}

}
