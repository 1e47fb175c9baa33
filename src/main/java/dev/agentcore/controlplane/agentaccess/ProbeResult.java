package dev.agentcore.controlplane.agentaccess;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.agentcore.controlplane.idp.TokenCheck;
import dev.agentcore.controlplane.idp.TokenRequestResult;

/**
 * What an agent would have met calling the gateway.
 *
 * @param gatewayUrl the MCP endpoint called
 * @param httpStatus the status of the last MCP request (401 when the authorizer refused the token)
 * @param authenticated whether the gateway admitted the caller
 * @param error what went wrong, if anything
 * @param diagnosis when the gateway answered 401: the token check against its IDP profile, with remedies
 * @param tokenRequest when a token was requested for the probe: what the identity provider answered
 * @param protocolVersion the MCP version the gateway agreed to
 * @param tools every tool listed, across all pages
 * @param missingTools declared by the gateway's targets but not listed (a target not READY, a wrong schema)
 * @param unexpectedTools listed but not declared
 * @param latencyMs how long the MCP exchange took
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProbeResult(String gatewayUrl, Integer httpStatus, boolean authenticated, String error, TokenCheck diagnosis,
		TokenRequestResult tokenRequest, String protocolVersion, List<String> tools, List<String> missingTools,
		List<String> unexpectedTools, long latencyMs) {
}
