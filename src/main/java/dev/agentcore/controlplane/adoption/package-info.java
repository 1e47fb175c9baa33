/**
 * What already exists in the AWS account: the gateways it holds and which of ours manages each,
 * and imports of gateways and targets as desired state, exactly as AWS holds them, so the first
 * reconcile changes nothing.
 */
package dev.agentcore.controlplane.adoption;
