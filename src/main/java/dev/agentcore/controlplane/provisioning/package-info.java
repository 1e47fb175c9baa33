/**
 * The provisioner: a level-triggered reconciler on a durable work queue that makes AgentCore
 * match the desired state, exactly once, in dependency order, through faults and restarts.
 */
package dev.agentcore.controlplane.provisioning;
