package dev.agentcore.controlplane.provisioning;

/** What an AWS status word means for reconciling, whatever the kind of resource. */
enum AwsState {

	/** Being created. */
	CREATING,
	/** A change (or a synchronization) is being applied. */
	UPDATING,
	/** Being deleted. */
	DELETING,
	/** Ready for use. */
	READY,
	/** The create failed; the resource is unusable. */
	CREATE_FAILED,
	/** A change failed; the resource still holds an earlier configuration. */
	UPDATE_FAILED,
	/** Waiting for something outside the control plane (e.g. a person's OAuth consent). */
	WAITING,
	/** A status this code does not know (a newer service): treated as in progress. */
	UNKNOWN;

	/** AgentCore's gateway and target statuses. */
	static AwsState ofAgentCore(String status) {
		if (status == null) {
			return UNKNOWN;
		}
		return switch (status) {
			case "CREATING" -> CREATING;
			case "UPDATING", "SYNCHRONIZING" -> UPDATING;
			case "DELETING" -> DELETING;
			case "READY" -> READY;
			case "FAILED" -> CREATE_FAILED;
			case "UPDATE_UNSUCCESSFUL", "SYNCHRONIZE_UNSUCCESSFUL" -> UPDATE_FAILED;
			default -> status.endsWith("_PENDING_AUTH") ? WAITING : UNKNOWN;
		};
	}

}
