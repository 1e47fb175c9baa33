/**
 * How AgentCore reaches what is not on the internet: the private endpoint a gateway target (a private backend) or an
 * IDP profile (a private identity provider) declares, validated from the service model. Shared by both, so neither
 * depends on the other for it.
 */
package dev.agentcore.controlplane.network;
