package dev.agentcore.controlplane.permissions;

import java.util.List;

import dev.agentcore.controlplane.gateway.GatewayMembers;
import dev.agentcore.controlplane.gateway.GatewaySpec;

/**
 * What the gateway's own members need: its Cedar policy engine (execution role and caller) and
 * its tags (caller). Interceptor Lambdas are invoked like Lambda targets (see the planner).
 */
final class GatewayStatements {

	private GatewayStatements() {
	}

	/**
	 * AgentCore's guide to Gateway and Policy permissions: the execution role evaluates the engine's
	 * Cedar policies (AuthorizeAction), lists the tools a caller may use (PartiallyAuthorizeActions)
	 * and reads the engine (GetPolicyEngine); without them attaching fails and every call is denied.
	 */
	static void policyEngine(PolicyDocument permissions, GatewaySpec spec, String engineArn, String gateway,
			List<String> notes) {
		if (spec.policyEngine() == null) {
			return;
		}
		permissions.allow("EvaluatePolicyEngine", List.of("bedrock-agentcore:AuthorizeAction",
				"bedrock-agentcore:GetPolicyEngine", "bedrock-agentcore:PartiallyAuthorizeActions"),
				List.of(engineArn, gateway));
		notes.add("Policy engine " + engineArn + " (" + spec.policyEngine().mode() + "): without "
				+ "AuthorizeAction, PartiallyAuthorizeActions and GetPolicyEngine on the execution role, attaching it "
				+ "fails with InternalServerException and every tool call is denied.");
	}

	/** Attaching an engine is an UpdateGateway naming it; the caller reads the engine it attaches. */
	static void attachPolicyEngine(PolicyDocument caller, GatewaySpec spec, String engineArn) {
		if (spec.policyEngine() != null) {
			caller.allow("ReadAttachedPolicyEngine", List.of("bedrock-agentcore:GetPolicyEngine"), List.of(engineArn));
		}
	}

	/** A declared resource policy is put, read back for drift and deleted once a spec leaves it out. */
	static void resourcePolicy(PolicyDocument caller, GatewaySpec spec, String gateway) {
		if (spec.resourcePolicy() != null || spec.owns(GatewayMembers.RESOURCE_POLICY)) {
			caller.allow("ManageGatewayResourcePolicy", List.of("bedrock-agentcore:PutResourcePolicy",
					"bedrock-agentcore:GetResourcePolicy", "bedrock-agentcore:DeleteResourcePolicy"), List.of(gateway));
		}
	}

	/** Tags are set by CreateGateway, then by TagResource and UntagResource, read by ListTagsForResource. */
	static void tagging(PolicyDocument caller, String gateway) {
		caller.allow("TagGateways", List.of("bedrock-agentcore:ListTagsForResource", "bedrock-agentcore:TagResource",
				"bedrock-agentcore:UntagResource"), List.of(gateway));
	}

}
