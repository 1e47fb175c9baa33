/**
 * Managed execution roles: the IAM role the control plane creates for a gateway that asks for one,
 * keeps in step with the gateway's targets, and deletes after the gateway; its row, status and names.
 */
package dev.agentcore.controlplane.executionrole;
