package dev.agentcore.controlplane.resource;

/** What happened to a gateway or one of its targets. */
public enum EventType {

	SPEC_ACCEPTED, DELETION_REQUESTED, RECONCILE_REQUESTED, AWS_CALL, PHASE_CHANGED, RETRY_SCHEDULED, FAILED, DELETED,
	DRIFT_DETECTED, WEBHOOK_DISABLED, IMPORTED

}
