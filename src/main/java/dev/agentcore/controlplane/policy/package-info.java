/**
 * AgentCore Policy: Cedar policy engines and their policies as managed resources, validated with the
 * real Cedar engine against the schema AgentCore generates from the attached gateways' tools before
 * anything is stored, and what-if authorization checks evaluated locally the way a gateway builds its
 * request. Also the Cedar building blocks ({@link dev.agentcore.controlplane.policy.CedarSchema},
 * {@link dev.agentcore.controlplane.policy.StatementCheck}) the simulated AgentCore validates with.
 */
package dev.agentcore.controlplane.policy;
