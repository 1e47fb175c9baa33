/**
 * The simulated AgentCore control plane: the gateway operations of {@code bedrock-agentcore-control}
 * on the real AWS wire protocol, with the real service's rules, faults and quotas switched at run
 * time. Mounted at {@code /local/aws/agentcore} in profile {@code local}; alone in profile
 * {@code simulator} ({@link dev.agentcore.controlplane.simulator.AgentCoreSimulator}); never in production.
 */
package dev.agentcore.controlplane.simulator;
