package dev.agentcore.controlplane.resource;

/** What happened to a managed resource (POLICY_BROKEN: a change of tools left a Cedar policy invalid). */
public enum EventType {

	SPEC_ACCEPTED, DELETION_REQUESTED, RECONCILE_REQUESTED, AWS_CALL, PHASE_CHANGED, RETRY_SCHEDULED, FAILED, DELETED,
	DRIFT_DETECTED, WEBHOOK_DISABLED, POLICY_BROKEN, IMPORTED,
	/** An accepted change the caller should look at twice (a resource policy that lets anyone invoke the gateway). */
	WARNING,
	/** The tools a gateway serves for an MCP server target changed (listed after a synchronization). */
	TOOLS_CHANGED

}
