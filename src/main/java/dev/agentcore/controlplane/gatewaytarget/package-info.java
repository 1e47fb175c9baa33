/**
 * Gateway targets: the tools behind a gateway (OpenAPI, Smithy, Lambda, MCP servers, API Gateway),
 * each its own aggregate referencing its gateway by id.
 */
package dev.agentcore.controlplane.gatewaytarget;
