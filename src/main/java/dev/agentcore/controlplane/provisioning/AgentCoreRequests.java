package dev.agentcore.controlplane.provisioning;

/**
 * Whether two desired states make different AgentCore requests: a change the requests do not carry
 * (or carry identically) makes no Update call.
 */
public interface AgentCoreRequests {

	boolean gatewayUpdateDiffers(DesiredGateway before, DesiredGateway after);

	boolean targetUpdateDiffers(DesiredTarget before, DesiredTarget after);

}
