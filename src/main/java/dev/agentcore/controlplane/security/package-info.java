/**
 * Who is calling: the OAuth2 resource server with AgentCore's audience/client rules, scopes
 * mapped to read/write/admin, and the caller's team.
 */
package dev.agentcore.controlplane.security;
