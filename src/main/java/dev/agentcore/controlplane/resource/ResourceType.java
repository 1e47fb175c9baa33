package dev.agentcore.controlplane.resource;

/** The kind of resource an event is about. */
public enum ResourceType {

	GATEWAY, TARGET, EXECUTION_ROLE

}
