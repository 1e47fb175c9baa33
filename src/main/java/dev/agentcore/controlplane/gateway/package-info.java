/**
 * Gateways: the desired state teams declare, its status as the provisioner reports it, and the
 * history of both.
 */
package dev.agentcore.controlplane.gateway;
