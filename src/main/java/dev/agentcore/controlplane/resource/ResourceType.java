package dev.agentcore.controlplane.resource;

/** The kind of resource an event is about. */
public enum ResourceType {

	GATEWAY, TARGET, IDP_PROFILE, EXECUTION_ROLE

}
