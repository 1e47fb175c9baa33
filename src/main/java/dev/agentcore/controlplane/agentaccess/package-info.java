/**
 * What an agent sees of a gateway: the connection details (URL, token endpoint, client ids, scopes,
 * an {@code .env} and a {@code curl} that lists the tools) and the end-to-end probe that calls the
 * gateway's MCP endpoint as an agent would and explains a 401.
 */
package dev.agentcore.controlplane.agentaccess;
