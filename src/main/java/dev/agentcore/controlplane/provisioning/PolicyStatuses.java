package dev.agentcore.controlplane.provisioning;

/** AgentCore Policy's status words (engines and policies share them) and what they mean for reconciling. */
final class PolicyStatuses {

	private PolicyStatuses() {
	}

	static AwsState classify(String status) {
		return switch (status) {
			case "ACTIVE" -> AwsState.READY;
			case "CREATING" -> AwsState.CREATING;
			case "UPDATING" -> AwsState.UPDATING;
			case "DELETING" -> AwsState.DELETING;
			case "CREATE_FAILED" -> AwsState.CREATE_FAILED;
			// A failed delete leaves the resource as it was: a failure to report, like a failed update.
			case "UPDATE_FAILED", "DELETE_FAILED" -> AwsState.UPDATE_FAILED;
			default -> AwsState.UNKNOWN;
		};
	}

}
