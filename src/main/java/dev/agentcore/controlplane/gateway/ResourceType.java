package dev.agentcore.controlplane.gateway;

/** The kind of resource an event is about. */
public enum ResourceType {

	GATEWAY, TARGET

}
