/**
 * AWS accounts and regions the control plane provisions into: declared by admins with the role it assumes there
 * (STS AssumeRole with an external id) and the teams that may place gateways in them.
 */
package dev.agentcore.controlplane.account;
