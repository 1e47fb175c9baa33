package dev.agentcore.controlplane.agentaccess;

import org.springframework.web.ErrorResponseException;

import dev.agentcore.controlplane.gateway.GatewaySpec;
import dev.agentcore.controlplane.web.InvalidRequest;
import dev.agentcore.controlplane.web.Problems;

/** Why a gateway cannot be probed or connected to yet, and what to do. */
final class AgentAccessProblems {

	private AgentAccessProblems() {
	}

	static ErrorResponseException notProvisioned() {
		return Problems.conflict("GATEWAY_NOT_PROVISIONED", "The gateway has no URL yet: AgentCore has not created it. Wait until "
				+ "its status is READY.");
	}

	static ErrorResponseException notAnAgentCoreUrl(String url) {
		return Problems.conflict("GATEWAY_URL_NOT_AGENTCORE", "The gateway's URL " + url + " is not an AgentCore https endpoint "
				+ "(https://<id>.gateway.bedrock-agentcore.<region>.amazonaws.com/mcp); it is not probed.");
	}

	static InvalidRequest tokenRequired() {
		return InvalidRequest.rule("TOKEN_REQUIRED", "token", "The gateway checks bearer tokens (CUSTOM_JWT or AUTHENTICATE_ONLY): give a token, "
				+ "or a tokenRequest the control plane makes against the gateway's IDP profile.");
	}

	static InvalidRequest noTokenFor(GatewaySpec.AuthorizerType type) {
		return InvalidRequest.rule("TOKEN_NOT_USED", "token", "The gateway's authorizer is " + type + ": it takes no bearer "
				+ "token (AWS_IAM requests are signed with the service's credentials). Leave token and tokenRequest out.");
	}

}
