/**
 * AgentCore Policy: Cedar policy engines and their policies as managed resources, validated with the
 * real Cedar engine against the schema of the attached gateways' tools before anything is stored,
 * the gateways' Cedar schema, and what-if authorization checks evaluated locally the way a gateway
 * builds its request (module {@code cedar} does the Cedar part).
 */
package dev.agentcore.controlplane.policy;
