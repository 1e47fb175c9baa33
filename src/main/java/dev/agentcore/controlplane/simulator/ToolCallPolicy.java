package dev.agentcore.controlplane.simulator;

import com.nimbusds.jwt.JWTClaimsSet;
import tools.jackson.databind.JsonNode;

/**
 * Decides a {@code tools/call} on a simulated gateway after the authorizer admitted the caller.
 * The seam for Cedar: with a policy engine in ENFORCE mode AgentCore evaluates its policies here
 * (issue #14 provides that implementation as a bean of this type); without one every call is permitted.
 */
interface ToolCallPolicy {

	/**
	 * @param principal the admitted token's claims; null for AWS_IAM and NONE authorizers
	 * @return null to permit, or why the call is denied
	 */
	String deny(SimulatedGateway gateway, String toolName, JsonNode arguments, JWTClaimsSet principal);

}
