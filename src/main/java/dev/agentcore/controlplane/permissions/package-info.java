/**
 * Least-privilege IAM policies computed from a gateway's desired state: the execution role's
 * trust and permissions, the caller's policy, and resource policies for cross-account Lambdas.
 */
package dev.agentcore.controlplane.permissions;
