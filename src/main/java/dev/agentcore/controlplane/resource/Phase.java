package dev.agentcore.controlplane.resource;

/** Where a provisioned resource stands, as the API reports it. */
public enum Phase {

	/** Accepted; the provisioner has not acted yet. */
	PENDING,
	/** Being created in AWS. */
	CREATING,
	/** A change is being applied in AWS. */
	UPDATING,
	/** AWS says READY and has the latest generation. */
	READY,
	/**
	 * AWS waits for a person's OAuth consent (an authorization-code target): status.authorizationUrl
	 * says where; the provisioner looks again with backoff and carries on once it is given.
	 */
	AWAITING_CONSENT,
	/** A terminal error; lastError and aws.statusReasons say why. */
	FAILED,
	/** Being deleted in AWS; the resource disappears once AWS confirms. */
	DELETING

}
