package dev.agentcore.controlplane.provisioning;

import java.util.List;

import dev.agentcore.controlplane.resource.StatusUpdate.AwsIdentity;

/**
 * A managed identity provider as AWS holds it: the user pool (its id, ARN and discovery URL), a
 * status summarizing its parts (the domain's CREATING or DELETING, else READY), and what differs
 * from the declaration.
 */
record ObservedIdp(String id, String arn, String discoveryUrl, String status, List<String> statusReasons,
		boolean matchesDesired) implements Observed {

	@Override
	public AwsIdentity identity() {
		return new AwsIdentity(id, arn, discoveryUrl);
	}

	/** The status words of a Cognito domain (and READY when there is nothing in transition). */
	static AwsState classify(String status) {
		return switch (status) {
			case "CREATING" -> AwsState.CREATING;
			case "UPDATING" -> AwsState.UPDATING;
			case "DELETING" -> AwsState.DELETING;
			case "FAILED" -> AwsState.CREATE_FAILED;
			case "READY", "ACTIVE" -> AwsState.READY;
			default -> AwsState.UNKNOWN;
		};
	}

}
