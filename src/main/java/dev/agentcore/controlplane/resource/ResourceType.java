package dev.agentcore.controlplane.resource;

/** The kind of resource an event or an audit record is about. */
public enum ResourceType {

	GATEWAY, TARGET, IDP_PROFILE, WEBHOOK, POLICY_ENGINE, POLICY, EXECUTION_ROLE, GATEWAY_RULE, CREDENTIAL_PROVIDER, ACCOUNT

}
